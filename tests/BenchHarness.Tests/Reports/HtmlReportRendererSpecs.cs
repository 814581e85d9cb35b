using System.Text.RegularExpressions;
using BenchHarness.Comparison;
using BenchHarness.Reports;

namespace BenchHarness.Tests.Reports;

/// <summary>The HTML page of real runs: self-contained, every plot an embedded PNG, data from the runs encoded.</summary>
public sealed partial class HtmlReportRendererSpecs
{
    private static readonly Report Comparison = Build();

    [Fact]
    public void The_page_refers_to_nothing_outside_itself()
    {
        var html = HtmlReportRenderer.Render(Comparison);

        Assert.Contains("content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.All(Sources().Matches(html), source => Assert.StartsWith("data:image/png;base64,", source.Groups[1].Value, StringComparison.Ordinal));
        Assert.All(Links().Matches(html), link => Assert.StartsWith("#", link.Groups[1].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_plot_of_the_model_is_an_embedded_png_beside_its_table()
    {
        var html = HtmlReportRenderer.Render(Comparison);

        var plots = Comparison.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Plots).ToList();
        var figures = Figures().Matches(html).ToList();
        Assert.Equal(plots.Select(p => "plot-" + p.Id), figures.Select(f => f.Groups[1].Value));
        Assert.All(figures, f => Assert.Equal("iVBORw0KGgo", f.Groups[2].Value[..11])); // the PNG signature, base64
    }

    [Fact]
    public void Names_from_the_runs_are_encoded_so_they_show_as_text()
    {
        var html = HtmlReportRenderer.Render(Comparison);

        Assert.Contains("<td>short &lt;b&gt;&amp;</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slower_case_row_is_highlighted()
    {
        var html = HtmlReportRenderer.Render(Comparison);

        Assert.Matches("<tr class=\"slower\"><td>experts</td>.*<td>tg</td>", html);
    }

    private static Report Build()
    {
        var (baseline, candidate) = (CapturedRuns.Experts[0], CapturedRuns.Experts[1]);
        var comparison = CaseSetComparer.Compare(CaseSamples.StartsFromRuns([baseline]), CaseSamples.StartsFromRuns([candidate]));
        return ReportBuilder.Build(new ReportInput { Title = "experts", Runs = [candidate], BaselineRuns = [baseline.RunId], Comparison = comparison });
    }

    [GeneratedRegex("src=\"([^\"]*)\"")]
    private static partial Regex Sources();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("<figure class=\"plot\" id=\"([^\"]+)\"><img [^>]*src=\"data:image/png;base64,([^\"]+)\"")]
    private static partial Regex Figures();
}
