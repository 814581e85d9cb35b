using System.Text;

namespace BenchHarness.Reports.Rendering;

/// <summary>A report as GitHub-flavoured Markdown, for a CI job summary: the HTML report's content without the plots.</summary>
public static class ReportMarkdownRenderer
{
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {Inline(report.Title)}").AppendLine();
        foreach (var fact in report.Facts)
        {
            text.AppendLine($"- {Inline(fact)}");
        }

        foreach (var section in report.Sections)
        {
            text.AppendLine().AppendLine($"## {Inline(section.Title)}").AppendLine();
            foreach (var note in section.Notes)
            {
                text.AppendLine($"- {Inline(note)}");
            }

            foreach (var block in section.Blocks)
            {
                AppendTable(text, block.Table);
            }
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, ReportTable table)
    {
        text.AppendLine().AppendLine($"{Inline(table.Caption)}:").AppendLine();
        text.AppendLine(Row(table.Header));
        text.AppendLine(Row(table.Header.Select(_ => "---")));
        foreach (var row in table.Rows)
        {
            text.AppendLine(Row(row));
        }
    }

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells.Select(Cell))} |";

    /// <summary>A cell stays on one line and cannot end the table or open HTML.</summary>
    private static string Cell(string cell) => Inline(cell).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inline(string text) => text
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
