namespace BenchHarness.Comparison;

/// <summary>
/// A per-case threshold: applies to the cases matching every field given (null matches anything).
/// When several rules match, the last one wins, so general rules go first.
/// </summary>
public sealed record ThresholdRule(double Threshold)
{
    public string? Scenario { get; init; }
    public string? Variant { get; init; }
    public string? Prompt { get; init; }
    public Metric? Metric { get; init; }

    public bool Matches(CaseKey key, Metric metric) =>
        (Scenario is null || Scenario == key.Scenario)
        && (Variant is null || Variant == key.Variant)
        && (Prompt is null || Prompt == key.Prompt)
        && (Metric is null || Metric == metric);
}
