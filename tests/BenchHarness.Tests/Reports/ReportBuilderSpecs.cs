using System.Globalization;
using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using BenchHarness.Comparison.Rendering;
using BenchHarness.Reports;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Tests.Reports;

/// <summary>The report model of real runs: which sections, and that its figures are the ones the rest of bench computes.</summary>
public sealed class ReportBuilderSpecs
{
    [Fact]
    public void A_run_report_shows_its_cases_the_cost_of_thinking_startup_and_every_sample()
    {
        var report = ReportBuilder.Build(new ReportInput { Title = "smoke", Runs = [CapturedRuns.Smoke[0]] });

        Assert.Equal(["cases", "thinking", "startup", "samples"], report.Sections.Select(s => s.Id));
        Assert.Contains(report.Facts, f => f.StartsWith("run 20261202-073307-smoke-c9ff: scenario smoke", StringComparison.Ordinal));
        Assert.Contains(report.Facts, f => f.StartsWith("host vm: AMD EPYC, 2 cores", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_medians_are_the_ones_bench_run_prints()
    {
        var run = CapturedRuns.Smoke[0];

        var table = Table(ReportBuilder.Build(new ReportInput { Title = "smoke", Runs = [run] }), "cases");

        var printed = RunSummary.Rows(run).Select(r => (r.Variant, ReportCell.Thinking(r.Thinking), F2(r.GenerationTokensPerSecond), F2(r.PromptTokensPerSecond)));
        var shown = table.Rows.Select(r => (r[0], r[2], r[Column(table, "TG median")], r[Column(table, "PP median")]));
        Assert.Equal(printed, shown);
        Assert.Equal(6, table.Rows.Count);
    }

    [Fact]
    public void Every_measured_sample_is_plotted_at_its_case_beside_the_median_bars()
    {
        var run = CapturedRuns.Smoke[0];

        var plot = Block(ReportBuilder.Build(new ReportInput { Title = "smoke", Runs = [run] }), "cases").Plots.Single(p => p.Id == "tg");

        var measured = run.Variants.SelectMany(v => v.Samples).Where(s => !s.Warmup && s.Error is null).ToList();
        Assert.Equal(measured.Count, plot.Series.Single(s => s.Name == "samples").Points.Count);
        Assert.Equal(measured.Select(s => s.GenerationTokensPerSecond).Order(), plot.Series.Single(s => s.Name == "samples").Points.Select(p => p.Y).Order());
        Assert.Equal(6, plot.Series.Single(s => s.Name == "median").Points.Count);
        Assert.Equal("default short/thinking-off", plot.Categories[0]);
    }

    [Fact]
    public void The_comparison_is_the_comparers_in_bench_compares_cells_with_slower_cases_first()
    {
        var (baseline, candidate) = (CapturedRuns.Experts[0], CapturedRuns.Experts[1]);
        var comparison = CaseSetComparer.Compare(CaseSamples.StartsFromRuns([baseline]), CaseSamples.StartsFromRuns([candidate]));

        var report = ReportBuilder.Build(new ReportInput { Title = "experts", Runs = [candidate], BaselineRuns = [baseline.RunId], Comparison = comparison });

        Assert.Equal("comparison", report.Sections[0].Id);
        var table = Table(report, "comparison");
        Assert.Equal(ComparisonCells.CaseHeader, table.Header);
        Assert.Equal(["slower", "inconclusive"], table.Rows.Select(r => r[Column(table, "verdict")]));
        var slower = comparison.Cases.Single(c => c.Verdict == Verdict.Slower);
        Assert.Equal(ComparisonCells.Case(slower), table.Rows[0]);
        Assert.Equal("Comparison with the baseline: regression found", report.Sections[0].Title);
        Assert.Contains($"baseline runs: {baseline.RunId}", report.Sections[0].Notes);
        Assert.Equal(["ratio-tg", "ratio-pp"], Block(report, "comparison").Plots.Select(p => p.Id));
    }

    [Fact]
    public void Slower_cases_come_first_then_inconclusive_insufficient_same_and_faster_each_by_ratio()
    {
        CaseComparison[] cases =
        [
            Compared(Verdict.Faster, 1.2), Compared(Verdict.Same, 1.01), Compared(Verdict.Slower, 0.9), Compared(Verdict.InsufficientData, 0.5),
            Compared(Verdict.Inconclusive, 0.97), Compared(Verdict.Slower, 0.7),
        ];

        var ordered = BenchHarness.Reports.Sections.ComparisonSection.SlowerFirst(cases);

        Assert.Equal([0.7, 0.9, 0.97, 0.5, 1.01, 1.2], ordered.Select(c => c.Estimate!.Ratio));
    }

    [Fact]
    public void History_of_three_runs_shows_each_runs_median_per_case_in_time_order()
    {
        var runs = CapturedRuns.Smoke;
        var histories = CaseHistory.From(HistoryPoints.FromRuns(runs));

        var report = ReportBuilder.Build(new ReportInput { Title = "history", Runs = [runs[^1]], Histories = histories });

        var table = Table(report, "history");
        Assert.Equal(6 * 3, table.Rows.Count);
        var expected = runs.SelectMany(run => RunSummary.Rows(run).Select(r => (Case: $"{r.Variant} {r.Prompt}/thinking-{ReportCell.Thinking(r.Thinking)}", run.RunId, Tg: F2(r.GenerationTokensPerSecond))));
        Assert.Equal(expected.OrderBy(e => e.Case, StringComparer.Ordinal).ThenBy(e => e.RunId, StringComparer.Ordinal), table.Rows.Select(r => (r[0], r[1], r[4])));
        var plot = Block(report, "history").Plots.Single();
        Assert.All(plot.Series, s => Assert.Equal([0.0, 1.0, 2.0], s.Points.Select(p => p.X)));
        Assert.Equal(3, plot.Categories.Count);
    }

    [Fact]
    public void Memory_shows_the_prediction_beside_the_reported_buffers_where_the_run_checked_its_placement()
    {
        var run = CapturedRuns.Smoke[0];

        var table = Table(ReportBuilder.Build(new ReportInput { Title = "smoke", Runs = [run] }), "memory");

        var check = run.Variants.Single(v => v.Name == "placement").PlacementCheck!;
        var rows = table.Rows.Where(r => r[1] == "placement").ToList();
        Assert.Equal(check.Rows.Select(r => (r.Device, F2(r.ReportedMib), F2(r.PredictedMib))), rows.Select(r => (r[2], r[4], r[5])));
    }

    [Fact]
    public void Each_variants_exact_server_arguments_are_listed()
    {
        var run = CapturedRuns.Smoke[0];

        var table = Table(ReportBuilder.Build(new ReportInput { Title = "smoke", Runs = [run] }), "launches");

        Assert.Equal(run.Variants.Select(v => (v.Name, string.Join(" ", v.Launch.ServerArgs))), table.Rows.Select(r => (r[0], r[4])));
        Assert.Contains("--cpu-moe", table.Rows.Single(r => r[0] == "cpu-moe")[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_of_an_ab_session_pool_their_samples_per_case()
    {
        var runs = CapturedRuns.Ab;

        var cases = CaseFigures.Of(runs);

        var measured = runs.SelectMany(r => r.Variants).SelectMany(v => v.Samples).Count(s => !s.Warmup && s.Error is null);
        Assert.Equal(measured, cases.Sum(c => c.Samples.Count));
        Assert.Equal(2, cases.Count);
    }

    private static ReportBlock Block(Report report, string table) =>
        report.Sections.SelectMany(s => s.Blocks).Single(b => b.Table.Id == table);

    private static ReportTable Table(Report report, string id) => Block(report, id).Table;

    private static int Column(ReportTable table, string name) => table.Header.ToList().IndexOf(name);

    private static string F2(double? value) => value!.Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static CaseComparison Compared(Verdict verdict, double ratio) => new()
    {
        Case = new CaseKey("s", "v", $"p{ratio}", false, "m"),
        Metric = Metric.Tg,
        Estimate = new BenchHarness.Statistics.RatioEstimate(ratio, ratio * 0.9, ratio * 1.1),
        Threshold = 0.03,
        Verdict = verdict,
    };
}
