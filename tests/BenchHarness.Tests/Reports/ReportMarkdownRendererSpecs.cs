using BenchHarness.Comparison.History;
using BenchHarness.Reports;
using BenchHarness.Reports.Rendering;

namespace BenchHarness.Tests.Reports;

/// <summary>The Markdown form: the same sections and tables as the page, no pictures, safe in a CI job summary.</summary>
public sealed class ReportMarkdownRendererSpecs
{
    [Fact]
    public void Markdown_has_every_section_and_every_table_row_of_the_report()
    {
        var runs = CapturedRuns.Smoke;
        var report = ReportBuilder.Build(new ReportInput { Title = "smoke", Runs = [runs[^1]], Histories = CaseHistory.From(HistoryPoints.FromRuns(runs)) });

        var markdown = ReportMarkdownRenderer.Render(report);

        Assert.All(report.Sections, s => Assert.Contains($"## {s.Title}\n", markdown, StringComparison.Ordinal));
        var rows = report.Sections.SelectMany(s => s.Blocks).Sum(b => b.Table.Rows.Count + 2);
        Assert.Equal(rows, markdown.Split('\n').Count(line => line.StartsWith("| ", StringComparison.Ordinal)));
        Assert.DoesNotContain("![", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_cannot_break_its_table_or_open_html()
    {
        var report = new Report("t", [], [new ReportSection("s", "S", [ReportBlock.TableOnly(new ReportTable("x", "X", ["a"], [["one | two\n<script>"]]))])]);

        var markdown = ReportMarkdownRenderer.Render(report);

        Assert.Contains("| one \\| two &lt;script&gt; |", markdown, StringComparison.Ordinal);
    }
}
