using System.Globalization;
using System.Text;
using BenchHarness.Comparison.History;

namespace BenchHarness.Cli.Output;

/// <summary>One block per case: a row per run (oldest first); a change point's row says how large the step is.</summary>
internal static class HistoryTable
{
    private static readonly string[] Header = ["RUN", "STARTED (UTC)", "COMMIT", "TG", "N", "CHANGE"];

    public static string Render(IReadOnlyList<CaseHistory> histories)
    {
        if (histories.Count == 0)
        {
            return "no stored samples match" + Environment.NewLine;
        }

        var text = new StringBuilder();
        foreach (var history in histories)
        {
            var key = history.Key;
            text.AppendLine(CultureInfo.InvariantCulture, $"{key.Scenario}/{key.Variant}/{key.Prompt}/{key.ThinkingLabel} (machine {key.Machine})");
            var rows = history.Points.Select(p => new[]
            {
                p.RunId,
                p.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                p.Commit ?? p.BuildInfo ?? "-",
                p.TgMedian.ToString("0.00", CultureInfo.InvariantCulture),
                p.Samples.ToString(CultureInfo.InvariantCulture),
                history.StepAt(p.RunId) is { } step ? Change(step) : "",
            }).Prepend(Header).ToList();
            var widths = Header.Select((_, column) => rows.Max(row => row[column].Length)).ToArray();
            foreach (var row in rows)
            {
                text.AppendLine("  " + string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Change(HistoryStep step) => string.Create(CultureInfo.InvariantCulture,
        $"<- {(step.Step.Ratio < 1 ? "slower" : "faster")} x{step.Step.Ratio:0.000} [{step.Step.Low:0.000}, {step.Step.High:0.000}]");
}
