using System.Text;

namespace BenchHarness.Reports;

/// <summary>
/// A report as one self-contained HTML file: inline styles, plots as embedded PNG, no script, and a content
/// security policy that lets the page load nothing from anywhere, so it opens the same from disk or a CI artefact.
/// </summary>
public static class HtmlReportRenderer
{
    public static string Render(Report report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>{Html.Encode(report.Title)}</title>");
        html.AppendLine($"<style>{HtmlStyle.Css}</style></head><body>");
        html.AppendLine($"<header><h1>{Html.Encode(report.Title)}</h1><ul class=\"facts\">");
        foreach (var fact in report.Facts)
        {
            html.AppendLine($"<li>{Html.Encode(fact)}</li>");
        }

        html.AppendLine("</ul><nav>");
        html.AppendJoin(" · ", report.Sections.Select(s => $"<a href=\"#{Html.Encode(s.Id)}\">{Html.Encode(s.Title)}</a>"));
        html.AppendLine("</nav></header><main>");
        foreach (var section in report.Sections)
        {
            HtmlSection.Append(html, section);
        }

        html.AppendLine("</main></body></html>");
        return html.ToString();
    }
}
