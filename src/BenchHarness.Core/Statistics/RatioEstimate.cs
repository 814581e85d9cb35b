namespace BenchHarness.Statistics;

/// <summary>
/// A candidate/baseline ratio with its distribution-free confidence bounds.
/// Unbounded sides are 0 and +infinity: the samples were too small for the error rate asked.
/// </summary>
public sealed record RatioEstimate(double Ratio, double Low, double High)
{
    public bool IsBounded => Low > 0 && double.IsFinite(High);
}
