using System.Globalization;
using System.Text;

namespace BenchHarness.Reports;

/// <summary>A report table; numeric cells are right-aligned, argument lists monospaced, slower verdicts highlighted.</summary>
internal static class HtmlTable
{
    public static void Append(StringBuilder html, ReportTable table)
    {
        html.AppendLine($"<div class=\"table\"><table id=\"table-{Html.Encode(table.Id)}\"><caption>{Html.Encode(table.Caption)}</caption><thead><tr>");
        foreach (var column in table.Header)
        {
            html.Append($"<th>{Html.Encode(column)}</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(row.Contains("slower") ? "<tr class=\"slower\">" : "<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var kind = table.Header[i] == "server arguments" ? " class=\"args\"" : IsNumber(row[i]) ? " class=\"num\"" : "";
                html.Append($"<td{kind}>{Html.Encode(row[i])}</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table></div>");
    }

    private static bool IsNumber(string cell) =>
        double.TryParse(cell.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
