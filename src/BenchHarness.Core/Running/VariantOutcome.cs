using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// Whether a variant's samples measured what it was asked to. A case (prompt, thinking, depth, concurrency) with no successful
/// sample is lost, and a variant that lost a case has failed: a comparison would otherwise silently skip it.
/// </summary>
public static class VariantOutcome
{
    /// <returns>Null when every measured case has a successful sample; else the failure to record, naming the lost cases and their first error.</returns>
    public static string? LostCases(VariantResult variant, IEnumerable<BenchCase> planned)
    {
        var measured = variant.Samples.Where(s => !s.Warmup && s.Error is null).Select(CaseCoordinates.Of).ToHashSet();
        var lost = planned.Where(c => !c.Warmup && !measured.Contains(CaseCoordinates.Of(c))).Select(c => c.Key).Distinct().ToList();
        if (lost.Count == 0)
        {
            return null;
        }

        var error = variant.Samples.FirstOrDefault(s => s.Error is not null)?.Error;
        var cases = string.Join(", ", lost.Take(5)) + (lost.Count > 5 ? $" and {lost.Count - 5} more" : "");
        return $"no successful sample for {lost.Count} case(s): {cases}" + (error is null ? "" : $"; first error: {error}");
    }

    /// <summary>The measured cases with no successful sample yet: what <c>--resume</c> runs again.</summary>
    public static IEnumerable<BenchCase> Missing(VariantResult variant, IEnumerable<BenchCase> planned)
    {
        var done = variant.Samples
            .Where(s => !s.Warmup && s.Error is null)
            .Select(s => (CaseCoordinates.Of(s), s.Repeat))
            .ToHashSet();
        return planned.Where(c => !c.Warmup && !done.Contains((CaseCoordinates.Of(c), c.Repeat)));
    }
}
