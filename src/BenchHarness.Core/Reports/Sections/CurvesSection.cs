namespace BenchHarness.Reports.Sections;

/// <summary>
/// Context-depth and concurrency curves, where the runs have those dimensions: TG median over depth, and the
/// aggregate throughput over concurrency (one request's TG at concurrency 1), one line per variant, prompt and thinking.
/// </summary>
internal static class CurvesSection
{
    public static ReportSection? Of(IReadOnlyList<CaseFigures> cases)
    {
        var blocks = new List<ReportBlock>();
        if (cases.Select(c => c.Summary.Depth).Distinct().Count() > 1)
        {
            blocks.Add(Curve("depth", "TG median over context depth", "depth (tokens)", "TG t/s", cases,
                c => c.Summary.Depth, c => $"concurrency {c.Summary.Concurrency}", c => c.Summary.GenerationTokensPerSecond));
        }

        if (cases.Select(c => c.Summary.Concurrency).Distinct().Count() > 1)
        {
            blocks.Add(Curve("concurrency", "Aggregate throughput over concurrency", "requests in flight", "batch t/s", cases,
                c => c.Summary.Concurrency, c => $"depth {c.Summary.Depth}",
                c => c.Summary.Concurrency > 1 ? c.Summary.BatchTokensPerSecond : c.Summary.GenerationTokensPerSecond));
        }

        return blocks.Count == 0 ? null : new ReportSection("curves", "Depth and concurrency", blocks);
    }

    private static ReportBlock Curve(
        string id, string title, string xLabel, string yLabel, IReadOnlyList<CaseFigures> cases,
        Func<CaseFigures, int> x, Func<CaseFigures, string> other, Func<CaseFigures, double?> y)
    {
        var series = cases
            .Where(c => y(c) is not null)
            .GroupBy(c => $"{c.Variant} {c.Summary.Prompt}/thinking-{ReportCell.Thinking(c.Summary.Thinking)} {other(c)}")
            .Select(g => (Name: g.Key, Points: g.OrderBy(x).Select(c => (X: x(c), Y: y(c)!.Value)).ToList()))
            .ToList();
        var table = new ReportTable(id, title, ["series", xLabel, yLabel],
            series.SelectMany(s => s.Points.Select(p => (IReadOnlyList<string>)[s.Name, ReportCell.Count(p.X), ReportCell.Number(p.Y)])).ToList());
        var plot = new PlotSpec($"curve-{id}", title, xLabel, yLabel,
            series.Select(s => new PlotSeries(s.Name, PlotStyle.Lines, s.Points.Select(p => new PlotPoint(p.X, p.Y)).ToList())).ToList());
        return new ReportBlock(table, [plot]);
    }
}
