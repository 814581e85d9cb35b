namespace BenchHarness.Reports.Sections;

/// <summary>Per variant × case: TG and PP median, spread and every sample (plotted), TTFT, tokens and wall time.</summary>
internal static class CasesSection
{
    public static ReportSection? Of(IReadOnlyList<CaseFigures> cases)
    {
        if (cases.Count == 0)
        {
            return null;
        }

        var depths = cases.Any(c => c.Summary.Depth > 0);
        var concurrent = cases.Any(c => c.Summary.Concurrency > 1);
        string[] header =
        [
            "variant", "prompt", "thinking", .. depths ? ["depth"] : Array.Empty<string>(), .. concurrent ? ["concurrency"] : Array.Empty<string>(),
            "n", "failed", "TG median", "TG min", "TG max", "TG cv", "PP median", "PP min", "PP max", "PP cv",
            "TTFT ms", "reasoning tokens", "content tokens", "wall ms", .. concurrent ? ["batch t/s"] : Array.Empty<string>(),
        ];
        var rows = cases.Select(c => (IReadOnlyList<string>)
        [
            c.Variant, c.Summary.Prompt, ReportCell.Thinking(c.Summary.Thinking),
            .. depths ? [ReportCell.Count(c.Summary.Depth)] : Array.Empty<string>(),
            .. concurrent ? [ReportCell.Count(c.Summary.Concurrency)] : Array.Empty<string>(),
            ReportCell.Count(c.Summary.Samples), ReportCell.Count(c.Summary.Failures),
            ReportCell.Number(c.Summary.GenerationTokensPerSecond), ReportCell.Number(Min(c.Tg)), ReportCell.Number(Max(c.Tg)), Percent(c.TgVariation),
            ReportCell.Number(c.Summary.PromptTokensPerSecond), ReportCell.Number(Min(c.Pp)), ReportCell.Number(Max(c.Pp)), Percent(c.PpVariation),
            ReportCell.Number(c.Summary.TtftMs, "0.0"), ReportCell.Number(c.Summary.ReasoningTokens, "0"), ReportCell.Number(c.Summary.ContentTokens, "0"),
            ReportCell.Number(c.Summary.WallMs, "0"), .. concurrent ? [ReportCell.Number(c.Summary.BatchTokensPerSecond)] : Array.Empty<string>(),
        ]).ToList();
        var table = new ReportTable("cases", "Medians and spread per variant and case (t/s; cv: coefficient of variation)", header, rows);
        return new ReportSection("cases", "Speed per case", [new ReportBlock(table, [Plot("tg", "TG (generation) t/s", cases, c => c.Tg, c => c.Summary.GenerationTokensPerSecond), Plot("pp", "PP (prompt) t/s", cases, c => c.Pp, c => c.Summary.PromptTokensPerSecond)])]);
    }

    /// <summary>A bar at each case's median and a point for every sample.</summary>
    private static PlotSpec Plot(string id, string title, IReadOnlyList<CaseFigures> cases, Func<CaseFigures, IReadOnlyList<double>> samples, Func<CaseFigures, double?> median) =>
        new(id, title, "", "t/s",
        [
            new PlotSeries("median", PlotStyle.Bars, cases.Select((c, i) => new PlotPoint(i, median(c) ?? 0)).ToList()),
            new PlotSeries("samples", PlotStyle.Points, cases.SelectMany((c, i) => samples(c).Select(v => new PlotPoint(i, v))).ToList()),
        ])
        {
            Categories = cases.Select(c => c.Label).ToList(),
        };

    private static double? Min(IReadOnlyList<double> values) => values.Count == 0 ? null : values.Min();

    private static double? Max(IReadOnlyList<double> values) => values.Count == 0 ? null : values.Max();

    private static string Percent(double? value) => value is { } v ? ReportCell.Number(100 * v, "0.0") + "%" : "-";
}
