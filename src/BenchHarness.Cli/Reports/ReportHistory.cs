using BenchHarness.Comparison.History;
using BenchHarness.Reports;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Reports;

/// <summary>
/// The histories of the selected runs' cases: the points <c>bench history</c> reads from the store, or the same
/// points made from every run.json of the results folder; change points found by the same detector.
/// </summary>
internal static class ReportHistory
{
    public static async Task<IReadOnlyList<CaseHistory>> OfAsync(SelectedRuns selected, CancellationToken cancellationToken)
    {
        var scenarios = selected.Runs.Select(r => r.Scenario).Distinct().ToList();
        var points = new List<HistoryPoint>();
        if (selected.Database is { } database)
        {
            foreach (var scenario in scenarios)
            {
                points.AddRange(await new HistoryQueries(database).PointsAsync(new SampleFilter(scenario), cancellationToken));
            }
        }
        else
        {
            var all = await RunFolders.ReadAllAsync(selected.ResultsRoot, _ => { }, cancellationToken);
            points.AddRange(HistoryPoints.FromRuns(all.Where(r => scenarios.Contains(r.Scenario))));
        }

        // The selected runs' cases, on any machine record: a run read back from the store knows only its fingerprint.
        var cases = HistoryPoints.FromRuns(selected.Runs).Select(p => p.Key with { Machine = "" }).ToHashSet();
        return CaseHistory.From(points.Where(p => cases.Contains(p.Key with { Machine = "" })));
    }
}
