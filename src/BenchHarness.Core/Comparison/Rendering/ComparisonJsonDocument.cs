using System.Text.Json.Serialization;

namespace BenchHarness.Comparison.Rendering;

/// <summary>
/// The <c>--json</c> shape. Every case field is always written; a field with no value (a side without
/// measured samples, an unbounded side of the ratio) is written as null.
/// </summary>
internal sealed record ComparisonJsonDocument(
    IReadOnlyList<CaseJson> Cases,
    IReadOnlyList<ScenarioJson> Scenarios,
    IReadOnlyList<CaseNameJson> OnlyInBaseline,
    IReadOnlyList<CaseNameJson> OnlyInCandidate,
    bool HasRegression,
    bool HasMissingCases,
    IReadOnlyList<string> BaselineCommits,
    IReadOnlyList<string> CandidateCommits);

internal sealed record CaseJson(
    string Scenario,
    string Variant,
    string Prompt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? Thinking,
    int Depth,
    int Concurrency,
    Metric Metric,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? BaselineMedian,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? CandidateMedian,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Ratio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? RatioLow,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? RatioHigh,
    int NBaseline,
    int NCandidate,
    Verdict Verdict,
    bool Noisy,
    int StartsBaseline,
    int StartsCandidate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? SmallestDetectableChange,
    ComparisonRule Rule);

internal sealed record ScenarioJson(
    string Name,
    Metric Metric,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? GeomeanRatio);

internal sealed record CaseNameJson(
    string Scenario,
    string Variant,
    string Prompt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? Thinking,
    int Depth,
    int Concurrency);
