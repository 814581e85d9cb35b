using BenchHarness.Results;
using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>
/// Compares one case's baseline and candidate on one metric. With at least
/// <see cref="ComparisonOptions.MinimumStarts"/> server starts with measured samples on each side, the starts are
/// the units: their medians are paired in time and the pair ratios tested (<see cref="PairedRatio"/>).
/// Otherwise the pooled samples are compared (<see cref="HodgesLehmann"/>).
/// </summary>
public static class CaseComparer
{
    public static CaseComparison Compare(
        CaseKey key, IEnumerable<Sample> baseline, IEnumerable<Sample> candidate, Metric metric, ComparisonOptions options) =>
        Compare(key, [new StartSamples(default, baseline.ToList())], [new StartSamples(default, candidate.ToList())], metric, options);

    public static CaseComparison Compare(
        CaseKey key, IReadOnlyList<StartSamples> baseline, IReadOnlyList<StartSamples> candidate, Metric metric, ComparisonOptions options)
    {
        var beforeStarts = MeasuredStarts(baseline, metric);
        var afterStarts = MeasuredStarts(candidate, metric);
        var before = beforeStarts.SelectMany(s => s.Values).ToArray();
        var after = afterStarts.SelectMany(s => s.Values).ToArray();
        var threshold = options.ThresholdFor(key, metric);
        var paired = Math.Min(beforeStarts.Count, afterStarts.Count) >= options.MinimumStarts;
        var test = paired ? Paired(beforeStarts, afterStarts, threshold, options) : PerSample(before, after, threshold, options);
        var baselineCv = CoefficientOfVariation(before);
        var candidateCv = CoefficientOfVariation(after);
        return new CaseComparison
        {
            Case = key,
            Metric = metric,
            BaselineMedian = before.Length > 0 ? Descriptive.Median(before) : null,
            CandidateMedian = after.Length > 0 ? Descriptive.Median(after) : null,
            Estimate = test.Estimate,
            BaselineCount = before.Length,
            CandidateCount = after.Length,
            BaselineStarts = beforeStarts.Count,
            CandidateStarts = afterStarts.Count,
            Rule = paired ? ComparisonRule.PairedStarts : ComparisonRule.PerSample,
            SmallestDetectableChange = test.Detectable,
            BaselineCoefficientOfVariation = baselineCv,
            CandidateCoefficientOfVariation = candidateCv,
            Threshold = threshold,
            Verdict = test.Verdict,
            Noisy = baselineCv > options.NoisyCoefficientOfVariation || candidateCv > options.NoisyCoefficientOfVariation,
        };
    }

    private static Test PerSample(double[] before, double[] after, double threshold, ComparisonOptions options)
    {
        var estimate = before.Length > 0 && after.Length > 0 ? HodgesLehmann.Ratio(before, after, options.Alpha) : null;
        var detectable = estimate is null ? null : DetectableChange.FromBounds(estimate, options.Alpha, threshold);
        return new Test(estimate, detectable, VerdictRule.Decide(estimate, before.Length, after.Length, threshold, options.MinimumSamples));
    }

    private static Test Paired(List<MeasuredStart> before, List<MeasuredStart> after, double threshold, ComparisonOptions options)
    {
        var pairs = StartPairing.Pair(before, after, s => s.StartedAt)
            .Select(p => (Descriptive.Median(p.Baseline.Values), Descriptive.Median(p.Candidate.Values)))
            .ToList();
        var estimate = PairedRatio.Estimate(pairs, options.PairedAlpha);
        var detectable = DetectableChange.FromBounds(estimate, options.PairedAlpha, threshold);
        return new Test(estimate, detectable, VerdictRule.Decide(estimate, pairs.Count, pairs.Count, threshold, 2));
    }

    /// <summary>The starts with at least one measured value of the metric.</summary>
    private static List<MeasuredStart> MeasuredStarts(IReadOnlyList<StartSamples> starts, Metric metric) =>
        starts
            .Select(s => new MeasuredStart(s.StartedAt, MetricValues.Measured(s.Samples, metric)))
            .Where(s => s.Values.Length > 0)
            .ToList();

    private static double? CoefficientOfVariation(double[] values) =>
        values.Length > 1 ? Descriptive.CoefficientOfVariation(values) : null;

    private sealed record MeasuredStart(DateTimeOffset StartedAt, double[] Values);

    private sealed record Test(RatioEstimate? Estimate, double? Detectable, Verdict Verdict);
}
