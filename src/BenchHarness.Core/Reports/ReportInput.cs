using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using BenchHarness.Results;

namespace BenchHarness.Reports;

/// <summary>
/// What a report is made of: the selected runs, and optionally the baseline's comparison and the histories of
/// their cases. Computed elsewhere (the comparer, the change-point detector): a report only shows them.
/// </summary>
public sealed record ReportInput
{
    public required string Title { get; init; }

    /// <summary>The runs the report is about (the candidate side of a comparison).</summary>
    public required IReadOnlyList<RunResult> Runs { get; init; }

    public IReadOnlyList<string> BaselineRuns { get; init; } = [];
    public ComparisonReport? Comparison { get; init; }
    public IReadOnlyList<string> ComparisonWarnings { get; init; } = [];
    public IReadOnlyList<CaseHistory> Histories { get; init; } = [];
}
