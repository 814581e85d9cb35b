using System.Text;

namespace BenchHarness.Comparison.Rendering;

/// <summary>The default terminal output: space-aligned plain text columns.</summary>
public static class ComparisonTableRenderer
{
    public static string Render(ComparisonReport report)
    {
        var text = new StringBuilder();
        if (report.Builds.IsKnown)
        {
            text.AppendLine($"builds: {report.Builds.Describe()}").AppendLine();
        }

        AppendTable(text, ComparisonCells.CaseHeader, report.Cases.Select(ComparisonCells.Case));
        text.AppendLine();
        AppendTable(text, ComparisonCells.ScenarioHeader, report.Scenarios.Select(ComparisonCells.Scenario));
        AppendUnmatched(text, "only in baseline", report.OnlyInBaseline);
        AppendUnmatched(text, "only in candidate", report.OnlyInCandidate);
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = header.Select((_, column) => all.Max(row => row[column].Length)).ToArray();
        foreach (var row in all)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }
    }

    private static void AppendUnmatched(StringBuilder text, string title, IReadOnlyList<CaseKey> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine($"{title} (not compared):");
        foreach (var key in keys)
        {
            text.AppendLine($"  {ComparisonCells.Key(key)}");
        }
    }
}
