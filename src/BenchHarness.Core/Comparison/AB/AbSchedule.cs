namespace BenchHarness.Comparison.AB;

/// <summary>The two builds of an interleaved A/B session.</summary>
public enum AbSide
{
    A,
    B,
}

/// <summary>
/// The order of an A/B session: A B, B A, A B, ... one pair per round, so each build runs as often first as
/// second and a slow drift of the machine (heat, background load) weighs on both alike.
/// </summary>
public static class AbSchedule
{
    public static IReadOnlyList<AbSide> Sides(int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        return Enumerable.Range(0, rounds)
            .SelectMany(round => round % 2 == 0 ? new[] { AbSide.A, AbSide.B } : [AbSide.B, AbSide.A])
            .ToList();
    }

    /// <summary>The label a side's runs carry: <c>LABEL-a</c> or <c>LABEL-b</c>.</summary>
    public static string Label(string label, AbSide side) => $"{label}-{side.ToString().ToLowerInvariant()}";
}

/// <summary>
/// The default size of an A/B session. Each round gives one pair of server starts to the paired-starts rule;
/// with the pair log-ratios' spread of about 0.1 measured on a 2-core machine, 24 pairs put the smallest
/// detectable TG slowdown near 8.6 % at alpha 0.05, theta 3 % and 80 % power (docs/compare.md, "Power").
/// </summary>
public static class AbDefaults
{
    public const int Rounds = 24;
}
