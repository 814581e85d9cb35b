namespace BenchHarness.Comparison.History;

/// <summary>How persistent and how large a step must be to count as a change point.</summary>
public sealed record ChangePointOptions
{
    public static ChangePointOptions Default { get; } = new();

    /// <summary>Points compared on each side of a candidate change; a step must last this long to be seen.</summary>
    public int Window { get; init; } = 6;

    /// <summary>Two-sided error rate of the step's bounds. 0.05 with 6 against 6 uses the 6th of 36 pairwise ratios, so one outlier cannot make or hide a step.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Steps whose bounds stay within 1±this are not reported, as in <c>bench compare</c>.</summary>
    public double Threshold { get; init; } = 0.03;
}
