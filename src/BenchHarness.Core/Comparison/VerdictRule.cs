using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>
/// Turns a ratio's bounds into a verdict with threshold theta: <c>slower</c> when the upper bound is below
/// 1-theta, <c>faster</c> when the lower bound is above 1+theta, <c>same</c> when both bounds lie within
/// 1±theta, otherwise <c>inconclusive</c>. Fewer than the minimum samples on a side is
/// <c>insufficient-data</c>, never <c>same</c>; unbounded estimates can only be <c>inconclusive</c>.
/// </summary>
public static class VerdictRule
{
    public static Verdict Decide(RatioEstimate? estimate, int baselineCount, int candidateCount, double threshold, int minimumSamples)
    {
        if (estimate is null || Math.Min(baselineCount, candidateCount) < minimumSamples)
        {
            return Verdict.InsufficientData;
        }

        if (estimate.High < 1 - threshold)
        {
            return Verdict.Slower;
        }

        if (estimate.Low > 1 + threshold)
        {
            return Verdict.Faster;
        }

        return estimate.Low >= 1 - threshold && estimate.High <= 1 + threshold ? Verdict.Same : Verdict.Inconclusive;
    }
}
