using BenchHarness.Comparison;
using BenchHarness.Storage.Comparison;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Reports;

/// <summary>
/// The baseline comparison of a report, by the comparer <c>bench compare</c> uses: over the store when both sides
/// came from it (with its launch-key warnings), else over the runs' own samples grouped by server start, as <c>bench ab</c> does.
/// </summary>
internal static class ReportComparison
{
    public static async Task<(ComparisonReport Report, IReadOnlyList<string> Warnings)> CompareAsync(
        SelectedRuns baseline, SelectedRuns candidate, string? scenario, ComparisonOptions rule, CancellationToken cancellationToken)
    {
        if (baseline is { Database: { } database, Selector: { } baselineSelector } && candidate.Selector is { } candidateSelector && candidate.Database is not null)
        {
            var stored = await new StoredComparison(database).CompareAsync(
                new ComparisonRequest(baselineSelector, candidateSelector, new SampleFilter(scenario), rule), cancellationToken);
            return (stored.Report, stored.Warnings);
        }

        var report = CaseSetComparer.Compare(Comparison.CaseSamples.StartsFromRuns(baseline.Runs), Comparison.CaseSamples.StartsFromRuns(candidate.Runs), rule) with
        {
            Builds = new ComparedBuilds(Commits(baseline), Commits(candidate)),
        };
        var overlap = ComparisonScope.OverlapWarning(baseline.RunIds, candidate.RunIds);
        return (report, overlap is null ? [] : [overlap]);
    }

    private static IReadOnlyList<string> Commits(SelectedRuns side) =>
        ComparedBuilds.Distinct(side.Runs.SelectMany(r => r.Variants).Where(v => v.Samples.Count > 0).Select(v => v.Build?.Commit));
}
