namespace BenchHarness.Statistics;

/// <summary>
/// The Hodges-Lehmann estimate of candidate/baseline: the median of all m*n pairwise ratios c[j]/b[i],
/// taken as the median of the pairwise log differences (so an even count gives the geometric midpoint of
/// the two middle ratios), with bounds from the Mann-Whitney inversion at a two-sided error rate alpha.
/// </summary>
public static class HodgesLehmann
{
    public const double DefaultAlpha = 0.001;

    /// <param name="baseline">Positive, finite measurements.</param>
    /// <param name="candidate">Positive, finite measurements.</param>
    public static RatioEstimate Ratio(IReadOnlyList<double> baseline, IReadOnlyList<double> candidate, double alpha = DefaultAlpha)
    {
        var differences = new PairwiseDifferences(Logs(baseline, nameof(baseline)), Logs(candidate, nameof(candidate)));
        var ratio = Math.Exp(differences.Median());
        var rank = ConfidenceRank.For(baseline.Count, candidate.Count, alpha);
        return rank is { } k
            ? new RatioEstimate(ratio, Math.Exp(differences.KthSmallest(k)), Math.Exp(differences.KthLargest(k)))
            : new RatioEstimate(ratio, 0, double.PositiveInfinity);
    }

    private static double[] Logs(IReadOnlyList<double> values, string name)
    {
        if (values.Count == 0 || values.Any(v => !(v > 0) || !double.IsFinite(v)))
        {
            throw new ArgumentException("Ratios need at least one value, all positive and finite.", name);
        }

        return values.Select(v => Math.Log(v)).ToArray();
    }
}
