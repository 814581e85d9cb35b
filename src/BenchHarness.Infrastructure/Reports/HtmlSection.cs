using System.Text;

namespace BenchHarness.Reports;

/// <summary>One section: its title and notes, then each table with the plots drawn from it beside.</summary>
internal static class HtmlSection
{
    public static void Append(StringBuilder html, ReportSection section)
    {
        html.AppendLine($"<section id=\"{Html.Encode(section.Id)}\"><h2>{Html.Encode(section.Title)}</h2>");
        if (section.Notes.Count > 0)
        {
            html.AppendLine("<ul class=\"notes\">");
            foreach (var note in section.Notes)
            {
                html.AppendLine($"<li>{Html.Encode(note)}</li>");
            }

            html.AppendLine("</ul>");
        }

        foreach (var block in section.Blocks)
        {
            html.AppendLine("<div class=\"block\">");
            foreach (var plot in block.Plots)
            {
                html.AppendLine($"<figure class=\"plot\" id=\"plot-{Html.Encode(plot.Id)}\">" +
                                $"<img alt=\"{Html.Encode(plot.Title)}\" width=\"{PlotImage.Width}\" height=\"{PlotImage.HeightOf(plot)}\" src=\"{PlotImage.DataUri(plot)}\"></figure>");
            }

            HtmlTable.Append(html, block.Table);
            html.AppendLine("</div>");
        }

        html.AppendLine("</section>");
    }
}
