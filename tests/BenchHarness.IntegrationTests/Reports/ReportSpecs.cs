using System.Globalization;
using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using BenchHarness.Reports;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Reports;

/// <summary>
/// Each report kind opened in a real headless chromium: no console error, no request leaves the file, every plot
/// drawn, and the figures the page shows are the medians of the stored runs. A screenshot of each is kept.
/// </summary>
public sealed class ReportSpecs(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task The_report_bench_run_leaves_opens_cleanly_draws_every_plot_and_shows_the_stored_medians()
    {
        var run = fixture.Runs[0];
        await using var page = await fixture.Browser.OpenAsync(fixture.ReportOf(fixture.Results, run), "run");

        await AssertCleanAsync(page, ReportBuilder.Build(new ReportInput { Title = "", Runs = [run] }));
        var tg = await page.ColumnAsync("cases", "TG median", keyColumns: 3);
        var pp = await page.ColumnAsync("cases", "PP median", keyColumns: 3);
        var rows = RunSummary.Rows(run);
        Assert.Equal(4, rows.Count);
        Assert.All(rows, row =>
        {
            var key = $"{row.Variant} {row.Prompt} {ReportCell.Thinking(row.Thinking)}";
            Assert.Equal(F2(row.GenerationTokensPerSecond), tg[key]);
            Assert.Equal(F2(row.PromptTokensPerSecond), pp[key]);
        });
    }

    [Fact]
    public async Task The_ab_report_shows_b_against_a_with_the_medians_the_comparer_computes()
    {
        var a = fixture.AbRuns.Where(r => r.Label == "report-ab-a").ToList();
        var b = fixture.AbRuns.Where(r => r.Label == "report-ab-b").ToList();
        var comparison = CaseSetComparer.Compare(CaseSamples.StartsFromRuns(a), CaseSamples.StartsFromRuns(b));
        await using var page = await fixture.Browser.OpenAsync(fixture.ReportOf(fixture.AbResults, fixture.AbRuns.MaxBy(r => r.StartedAt)!), "ab");

        await AssertCleanAsync(page, ReportBuilder.Build(new ReportInput { Title = "", Runs = b, Comparison = comparison }));
        var baseline = await page.ColumnAsync("comparison", "baseline", keyColumns: 5);
        var candidate = await page.ColumnAsync("comparison", "candidate", keyColumns: 5);
        Assert.Equal(4, comparison.Cases.Count);
        Assert.All(comparison.Cases, c =>
        {
            var key = $"{c.Case.Scenario} {c.Case.Variant} {c.Case.Prompt} {c.Case.ThinkingLabel} {c.Metric.ToString().ToLowerInvariant()}";
            Assert.Equal(F2(c.BaselineMedian), baseline[key]);
            Assert.Equal(F2(c.CandidateMedian), candidate[key]);
        });
    }

    [Fact]
    public async Task The_history_report_of_three_runs_shows_each_runs_median_per_case()
    {
        await using var page = await fixture.Browser.OpenAsync(fixture.HistoryHtml, "history");

        var histories = CaseHistory.From(HistoryPoints.FromRuns(fixture.Runs));
        await AssertCleanAsync(page, ReportBuilder.Build(new ReportInput { Title = "", Runs = [fixture.Runs[^1]], Histories = histories }));
        var shown = await page.TableAsync("history");
        var expected = fixture.Runs.SelectMany(run => RunSummary.Rows(run).Select(r => (run.RunId, $"{r.Variant} {r.Prompt}/thinking-{ReportCell.Thinking(r.Thinking)}", F2(r.GenerationTokensPerSecond))));
        Assert.Equal(expected.OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.RunId, StringComparer.Ordinal), shown.Skip(1).Select(r => (r[1], r[0], r[4])));
        Assert.Equal(3, fixture.Runs.Count);
        Assert.Contains("## History", await File.ReadAllTextAsync(fixture.HistoryMarkdown), StringComparison.Ordinal);
    }

    /// <summary>No console error, nothing requested beyond the file, and exactly the model's plots, each decoded.</summary>
    private static async Task AssertCleanAsync(OpenedReport page, Report model)
    {
        Assert.Empty(page.ConsoleErrors);
        Assert.Empty(page.RequestsLeavingTheFile);
        var expected = model.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Plots).Select(p => "plot-" + p.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await page.DrawnPlotsAsync());
    }

    private static string F2(double? value) => value!.Value.ToString("0.00", CultureInfo.InvariantCulture);
}
