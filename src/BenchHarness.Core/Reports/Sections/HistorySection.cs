using System.Globalization;
using BenchHarness.Comparison.History;

namespace BenchHarness.Reports.Sections;

/// <summary>TG median per case over runs and commits, the change points <c>bench history</c> finds marked.</summary>
internal static class HistorySection
{
    public static ReportSection? Of(IReadOnlyList<CaseHistory> histories)
    {
        var shown = histories.Where(h => h.Points.Count > 1).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        // One x axis for every case: the runs in time order.
        var runs = shown.SelectMany(h => h.Points).DistinctBy(p => p.RunId).OrderBy(p => p.StartedAt).Select(p => p.RunId).ToList();
        var position = runs.Select((run, index) => (run, index)).ToDictionary(p => p.run, p => (double)p.index);
        var rows = shown.SelectMany(h => h.Points.Select(p => (IReadOnlyList<string>)
        [
            Name(h), p.RunId, ReportCell.Time(p.StartedAt), p.Commit ?? p.BuildInfo ?? "-", ReportCell.Number(p.TgMedian),
            ReportCell.Count(p.Samples), h.StepAt(p.RunId) is { } step ? Change(step) : "",
        ])).ToList();
        var table = new ReportTable("history", "TG median per case and run, oldest first; a change point says how large its step is",
            ["case", "run", "started (UTC)", "commit", "TG median", "n", "change"], rows);
        var plot = new PlotSpec("history-tg", "TG median per run (change points marked)", "run (oldest first)", "t/s",
            shown.Select(h => new PlotSeries(Name(h), PlotStyle.Lines, h.Points.Select(p => new PlotPoint(position[p.RunId], p.TgMedian)).ToList())).ToList())
        {
            Categories = runs.Select(ShortRun).ToList(),
            VerticalLines = shown.SelectMany(h => h.Steps).Select(s => position[s.RunId]).Distinct().ToList(),
        };
        var changes = shown.Sum(h => h.Steps.Count);
        return new ReportSection("history", "History", [new ReportBlock(table, [plot])])
        {
            Notes = [string.Create(CultureInfo.InvariantCulture, $"{shown.Count} case(s) over {runs.Count} run(s); {changes} change point(s)")],
        };
    }

    private static string Name(CaseHistory history) =>
        $"{history.Key.Variant} {history.Key.Prompt}/thinking-{history.Key.ThinkingLabel}{Planning.BenchCase.DimensionSuffix(history.Key.Depth, history.Key.Concurrency)}";

    /// <summary>Run ids begin with their UTC start time; the date and time say enough under an axis.</summary>
    private static string ShortRun(string runId) => runId.Length > 16 ? runId[5..16] : runId;

    private static string Change(HistoryStep step) => string.Create(CultureInfo.InvariantCulture,
        $"{(step.Step.Ratio < 1 ? "slower" : "faster")} x{step.Step.Ratio:0.000} [{step.Step.Low:0.000}, {step.Step.High:0.000}]");
}
