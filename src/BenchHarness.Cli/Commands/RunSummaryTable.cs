using System.Globalization;
using BenchHarness.Results;
using BenchHarness.Running;
using Spectre.Console;

namespace BenchHarness.Cli.Commands;

/// <summary>The end-of-run table: per variant × prompt × thinking, medians of TG, PP, TTFT and reasoning tokens; then failed variants.</summary>
internal static class RunSummaryTable
{
    public static void Write(RunResult run)
    {
        var table = new Table().Title($"run {run.RunId} ({run.Status.ToString().ToLowerInvariant()})");
        foreach (var column in new[] { "variant", "prompt", "thinking", "n", "TG t/s", "PP t/s", "TTFT ms", "reasoning" })
        {
            table.AddColumn(column);
        }

        foreach (var row in RunSummary.Rows(run))
        {
            table.AddRow(
                Markup.Escape(row.Variant),
                Markup.Escape(row.Prompt),
                row.Thinking switch { true => "on", false => "off", null => "-" },
                row.Failures == 0 ? F(row.Samples) : $"{row.Samples} ({row.Failures} failed)",
                F(row.GenerationTokensPerSecond, "0.00"),
                F(row.PromptTokensPerSecond, "0.00"),
                F(row.TtftMs, "0.0"),
                F(row.ReasoningTokens, "0"));
        }

        AnsiConsole.Write(table);
        foreach (var failed in run.Variants.Where(v => v.Status != VariantStatus.Completed))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(failed.Name)}: {failed.Status.ToString().ToLowerInvariant()}[/]: {Markup.Escape(failed.Failure ?? "")}");
        }

        foreach (var reason in run.BackgroundLoad?.BusyReasons ?? [])
        {
            AnsiConsole.MarkupLine($"[yellow]busy machine[/]: {Markup.Escape(reason)}");
        }
    }

    private static string F(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    private static string F(int value) => value.ToString(CultureInfo.InvariantCulture);
}
