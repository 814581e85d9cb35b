using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Reports;

/// <summary>
/// The points <c>bench history</c> reads from the store (each run's TG median per case), made from run.json files:
/// the history of a results folder without a database.
/// </summary>
public static class HistoryPoints
{
    public static IReadOnlyList<HistoryPoint> FromRuns(IEnumerable<RunResult> runs) =>
        runs.Where(run => run.Status != RunStatus.Running)
            .SelectMany(run => run.Variants.SelectMany(variant => Points(run, variant)))
            .OrderBy(p => p.Key, CaseKeyOrder.Instance)
            .ThenBy(p => p.StartedAt)
            .ToList();

    private static IEnumerable<HistoryPoint> Points(RunResult run, VariantResult variant)
    {
        var build = ServerBuildSources.Complete(variant.Build, variant.Startup, variant.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null));
        return variant.Samples
            .Where(s => !s.Warmup && s.Error is null)
            .GroupBy(CaseCoordinates.Of)
            .Select(g => new HistoryPoint(
                new CaseKey(run.Scenario, variant.Name, g.Key.Prompt, g.Key.Thinking, run.Host.Fingerprint, g.Key.Depth, g.Key.Concurrency),
                run.RunId,
                run.StartedAt,
                build?.Commit,
                build?.BuildInfo,
                Percentiles.Median(g.Select(s => s.GenerationTokensPerSecond).ToArray())!.Value,
                g.Count()));
    }
}
