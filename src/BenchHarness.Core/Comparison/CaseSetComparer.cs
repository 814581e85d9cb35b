using BenchHarness.Results;
using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>Compares every case present on both sides, on every metric, and summarises each scenario.</summary>
public static class CaseSetComparer
{
    public static ComparisonReport Compare(
        IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> baseline,
        IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> candidate,
        ComparisonOptions? options = null) =>
        Compare(OneStart(baseline), OneStart(candidate), options);

    /// <summary>Every side's samples grouped by server start; several starts per side use the paired rule.</summary>
    public static ComparisonReport Compare(
        IReadOnlyDictionary<CaseKey, IReadOnlyList<StartSamples>> baseline,
        IReadOnlyDictionary<CaseKey, IReadOnlyList<StartSamples>> candidate,
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

    private static Dictionary<CaseKey, IReadOnlyList<StartSamples>> OneStart(IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> samples) =>
        samples.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<StartSamples>)[new StartSamples(default, pair.Value)]);

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
