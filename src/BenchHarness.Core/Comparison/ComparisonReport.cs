namespace BenchHarness.Comparison;

/// <summary>Everything <c>bench compare</c> reports: compared cases, scenario summaries, and the cases only one side has.</summary>
public sealed record ComparisonReport
{
    public required IReadOnlyList<CaseComparison> Cases { get; init; }
    public required IReadOnlyList<ScenarioSummary> Scenarios { get; init; }
    public IReadOnlyList<CaseKey> OnlyInBaseline { get; init; } = [];
    public IReadOnlyList<CaseKey> OnlyInCandidate { get; init; } = [];

    /// <summary>The server commits of each side's runs.</summary>
    public ComparedBuilds Builds { get; init; } = ComparedBuilds.None;

    public bool HasRegression => Cases.Any(c => c.Verdict == Verdict.Slower);

    /// <summary>A baseline case the candidate has no successful sample of: it failed, hung or was not run.</summary>
    public bool HasMissingCases => OnlyInBaseline.Count > 0;

    /// <summary>What <c>--fail-on-regression</c> acts on: a slower case, or a case the candidate lost.</summary>
    public bool Fails => HasRegression || HasMissingCases;
}
