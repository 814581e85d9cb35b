namespace BenchHarness.Comparison;

/// <summary>Everything <c>bench compare</c> reports: compared cases, scenario summaries, and the cases only one side has.</summary>
public sealed record ComparisonReport
{
    public required IReadOnlyList<CaseComparison> Cases { get; init; }
    public required IReadOnlyList<ScenarioSummary> Scenarios { get; init; }
    public IReadOnlyList<CaseKey> OnlyInBaseline { get; init; } = [];
    public IReadOnlyList<CaseKey> OnlyInCandidate { get; init; } = [];

    public bool HasRegression => Cases.Any(c => c.Verdict == Verdict.Slower);
}
