using BenchHarness.Results;
using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>Compares one case's baseline and candidate samples on one metric.</summary>
public static class CaseComparer
{
    public static CaseComparison Compare(
        CaseKey key, IEnumerable<Sample> baseline, IEnumerable<Sample> candidate, Metric metric, ComparisonOptions options)
    {
        var before = MetricValues.Measured(baseline, metric);
        var after = MetricValues.Measured(candidate, metric);
        var estimate = before.Length > 0 && after.Length > 0 ? HodgesLehmann.Ratio(before, after, options.Alpha) : null;
        var threshold = options.ThresholdFor(key, metric);
        var baselineCv = CoefficientOfVariation(before);
        var candidateCv = CoefficientOfVariation(after);
        return new CaseComparison
        {
            Case = key,
            Metric = metric,
            BaselineMedian = before.Length > 0 ? Descriptive.Median(before) : null,
            CandidateMedian = after.Length > 0 ? Descriptive.Median(after) : null,
            Estimate = estimate,
            BaselineCount = before.Length,
            CandidateCount = after.Length,
            BaselineCoefficientOfVariation = baselineCv,
            CandidateCoefficientOfVariation = candidateCv,
            Threshold = threshold,
            Verdict = VerdictRule.Decide(estimate, before.Length, after.Length, threshold, options.MinimumSamples),
            Noisy = baselineCv > options.NoisyCoefficientOfVariation || candidateCv > options.NoisyCoefficientOfVariation,
        };
    }

    private static double? CoefficientOfVariation(double[] values) =>
        values.Length > 1 ? Descriptive.CoefficientOfVariation(values) : null;
}
