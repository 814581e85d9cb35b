using BenchHarness.Results;
using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>Compares every case present on both sides, on every metric, and summarises each scenario.</summary>
public static class CaseSetComparer
{
    public static ComparisonReport Compare(
        IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> baseline,
        IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> candidate,
        ComparisonOptions? options = null)
    {
        options ??= ComparisonOptions.Default;
        var cases = baseline.Keys
            .Where(candidate.ContainsKey)
            .Order(CaseKeyOrder.Instance)
            .SelectMany(key => options.Metrics.Select(metric => CaseComparer.Compare(key, baseline[key], candidate[key], metric, options)))
            .ToList();
        return new ComparisonReport
        {
            Cases = cases,
            Scenarios = Summarise(cases),
            OnlyInBaseline = baseline.Keys.Where(key => !candidate.ContainsKey(key)).Order(CaseKeyOrder.Instance).ToList(),
            OnlyInCandidate = candidate.Keys.Where(key => !baseline.ContainsKey(key)).Order(CaseKeyOrder.Instance).ToList(),
        };
    }

    private static List<ScenarioSummary> Summarise(IEnumerable<CaseComparison> cases) =>
        cases
            .GroupBy(c => (c.Case.Scenario, c.Metric))
            .Select(group =>
            {
                var ratios = group.Where(c => c.Verdict != Verdict.InsufficientData).Select(c => c.Estimate!.Ratio).ToList();
                return new ScenarioSummary(group.Key.Scenario, group.Key.Metric, ratios.Count > 0 ? Descriptive.GeometricMean(ratios) : null, ratios.Count);
            })
            .ToList();
}
