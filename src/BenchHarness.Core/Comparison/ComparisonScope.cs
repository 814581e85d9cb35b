namespace BenchHarness.Comparison;

/// <summary>
/// What a comparison's selection says before any case is compared: a <c>--variant</c> or <c>--prompt</c> that
/// matches no sample on either side is bad input (like an unknown <c>--scenario</c>), and two sides that hold
/// the same runs compare those runs with themselves.
/// </summary>
public static class ComparisonScope
{
    /// <summary>Throws when a filter value matched no measured sample on either side; <paramref name="available"/> are the values stored.</summary>
    public static void RequireMatch(string option, string? value, bool matchedAny, IEnumerable<string> available)
    {
        if (value is null || matchedAny)
        {
            return;
        }

        var known = available.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var hint = known.Count == 0 ? "" : $"; the selected runs have: {string.Join(", ", known)}";
        throw new InputException(option, $"no measured sample of the selected runs has {option[2..]} '{value}'{hint}");
    }

    /// <summary>A warning when the sides share runs, or null.</summary>
    public static string? OverlapWarning(IReadOnlyList<string> baseline, IReadOnlyList<string> candidate)
    {
        var shared = baseline.Intersect(candidate, StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
        {
            return null;
        }

        return shared.Count == baseline.Count && shared.Count == candidate.Count
            ? $"baseline and candidate select the same runs ({string.Join(", ", shared)}): every case is compared with itself"
            : $"baseline and candidate share {shared.Count} run(s) ({string.Join(", ", shared)}): those samples are on both sides";
    }
}
