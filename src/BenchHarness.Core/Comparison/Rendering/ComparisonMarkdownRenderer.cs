using System.Text;

namespace BenchHarness.Comparison.Rendering;

/// <summary>GitHub-flavoured markdown, for a CI job summary.</summary>
public static class ComparisonMarkdownRenderer
{
    public static string Render(ComparisonReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"### Benchmark comparison: {Headline(report)}");
        text.AppendLine();
        if (report.Builds.IsKnown)
        {
            text.AppendLine($"Builds: {Escape(report.Builds.Describe())}").AppendLine();
        }

        AppendTable(text, ComparisonCells.CaseHeader, report.Cases.Select(ComparisonCells.Case));
        text.AppendLine();
        AppendTable(text, ComparisonCells.ScenarioHeader, report.Scenarios.Select(ComparisonCells.Scenario));
        AppendUnmatched(text, "Only in baseline", report.OnlyInBaseline);
        AppendUnmatched(text, "Only in candidate", report.OnlyInCandidate);
        return text.ToString();
    }

    private static string Headline(ComparisonReport report) => (report.HasRegression, report.HasMissingCases) switch
    {
        (true, true) => "regression found, and baseline cases missing in the candidate",
        (true, false) => "regression found",
        (false, true) => "baseline cases missing in the candidate",
        _ => "no regression",
    };

    private static void AppendTable(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        text.AppendLine(Row(header));
        text.AppendLine(Row(header.Select(_ => "---")));
        foreach (var row in rows)
        {
            text.AppendLine(Row(row));
        }
    }

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells.Select(Escape))} |";

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    private static void AppendUnmatched(StringBuilder text, string title, IReadOnlyList<CaseKey> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine($"{title} (not compared):").AppendLine();
        foreach (var key in keys)
        {
            text.AppendLine($"- `{ComparisonCells.Key(key)}`");
        }
    }
}
