namespace BenchHarness.Comparison;

/// <summary>
/// The geometric mean of a scenario's case ratios for one metric, over the cases with enough samples
/// for a verdict; null when there is none.
/// </summary>
public sealed record ScenarioSummary(string Name, Metric Metric, double? GeomeanRatio, int CaseCount);
