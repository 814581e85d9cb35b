using BenchHarness.Results;

namespace BenchHarness.Reports.Sections;

/// <summary>
/// Each variant's server start: status, load time, build, graph, per-device memory (predicted against reported where
/// a placement check exists), then the exact launch of each variant.
/// </summary>
internal static class StartupSection
{
    public static ReportSection? Of(IReadOnlyList<RunResult> runs)
    {
        var starts = runs.SelectMany(run => run.Variants.Select(v => (Run: run, Variant: v))).ToList();
        if (starts.Count == 0)
        {
            return null;
        }

        var table = new ReportTable("startup", "Server starts", ["run", "variant", "status", "load ms", "build", "commit", "n_ctx", "graph nodes", "graph splits", "failure"],
            starts.Select(s => Row(s.Run, s.Variant)).ToList());
        var loadPlot = new PlotSpec("load-time", "Load time per server start", "", "ms",
            [new PlotSeries("load ms", PlotStyle.Bars, starts.Select((s, i) => new PlotPoint(i, s.Variant.LoadMs ?? 0)).ToList())])
        {
            Categories = starts.Select(s => runs.Count > 1 ? $"{s.Variant.Name} {ShortRun(s.Run.RunId)}" : s.Variant.Name).ToList(),
        };
        var memory = MemoryRows.Of(starts);
        var blocks = new List<ReportBlock> { new(table, [loadPlot]) };
        if (memory.Count > 0)
        {
            blocks.Add(new ReportBlock(MemoryRows.Table(memory), [MemoryRows.Plot(memory)]));
        }

        blocks.Add(ReportBlock.TableOnly(LaunchTable.Of(runs)));
        return new ReportSection("startup", "Startup, memory and launches", blocks);
    }

    private static IReadOnlyList<string> Row(RunResult run, VariantResult variant)
    {
        var build = ServerBuildSources.Complete(variant.Build, variant.Startup, variant.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null));
        var startup = variant.Startup;
        return
        [
            run.RunId, variant.Name, variant.Status.ToString().ToLowerInvariant(), ReportCell.Number(variant.LoadMs, "0"), build?.BuildInfo ?? "-", build?.Commit ?? "-",
            Whole(startup?.NCtx ?? variant.Build?.NCtx), Whole(startup?.GraphNodes), Whole(startup?.GraphSplits), variant.Failure ?? "",
        ];
    }

    internal static string ShortRun(string runId) => runId.Length > 16 ? runId[5..16] : runId;

    private static string Whole(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
