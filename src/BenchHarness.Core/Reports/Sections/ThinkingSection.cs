using BenchHarness.Running;

namespace BenchHarness.Reports.Sections;

/// <summary>What thinking costs: cases measured with thinking off and on, tokens and wall time side by side.</summary>
internal static class ThinkingSection
{
    public static ReportSection? Of(IReadOnlyList<CaseFigures> cases)
    {
        var costs = ThinkingCost.From(cases.Select(c => c.Summary).ToList());
        if (costs.Count == 0)
        {
            return null;
        }

        var rows = costs.Select(c => (IReadOnlyList<string>)
        [
            c.Variant, c.Case, ReportCell.Number(c.ReasoningTokensOn, "0"), ReportCell.Number(c.ContentTokensOff, "0"), ReportCell.Number(c.ContentTokensOn, "0"),
            ReportCell.Number(c.WallMsOff, "0"), ReportCell.Number(c.WallMsOn, "0"), ReportCell.Number(c.WallRatio),
        ]).ToList();
        var table = new ReportTable("thinking", "Medians with thinking off and on; on / off is the wall-time ratio",
            ["variant", "case", "reasoning tokens (on)", "content tokens (off)", "content tokens (on)", "wall ms (off)", "wall ms (on)", "on / off"], rows);
        var plot = new PlotSpec("thinking-wall", "Wall time per request, thinking off and on", "", "ms",
        [
            new PlotSeries("thinking off", PlotStyle.Points, costs.Select((c, i) => new PlotPoint(i, c.WallMsOff ?? 0)).ToList()),
            new PlotSeries("thinking on", PlotStyle.Points, costs.Select((c, i) => new PlotPoint(i, c.WallMsOn ?? 0)).ToList()),
        ])
        {
            Categories = costs.Select(c => $"{c.Variant} {c.Case}").ToList(),
        };
        return new ReportSection("thinking", "The cost of thinking", [new ReportBlock(table, [plot])]);
    }
}
