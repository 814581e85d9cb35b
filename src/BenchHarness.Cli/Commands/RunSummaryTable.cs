using System.Globalization;
using BenchHarness.Results;
using BenchHarness.Running;
using Spectre.Console;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// The end-of-run table: per variant × case (prompt, thinking, depth, concurrency), medians of TG, PP, TTFT, wall
/// time, reasoning tokens and, for concurrent cases, the aggregate throughput; then the thinking cost of cases
/// measured both ways, failed variants and busy-machine reasons.
/// </summary>
internal static class RunSummaryTable
{
    public static void Write(RunResult run)
    {
        var table = new Table().Title($"run {run.RunId} ({run.Status.ToString().ToLowerInvariant()})");
        var rows = RunSummary.Rows(run);
        var depths = rows.Any(r => r.Depth > 0);
        var concurrent = rows.Any(r => r.Concurrency > 1);
        string[] columns =
        [
            "variant", "prompt", "thinking", .. depths ? ["depth"] : Array.Empty<string>(), .. concurrent ? ["concurrency"] : Array.Empty<string>(),
            "n", "TG t/s", "PP t/s", "TTFT ms", "wall ms", "reasoning", .. concurrent ? ["batch t/s"] : Array.Empty<string>(),
        ];
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            string[] cells =
            [
                Markup.Escape(row.Variant),
                Markup.Escape(row.Prompt),
                row.Thinking switch { true => "on", false => "off", null => "-" },
                .. depths ? [F(row.Depth)] : Array.Empty<string>(),
                .. concurrent ? [F(row.Concurrency)] : Array.Empty<string>(),
                row.Failures == 0 ? F(row.Samples) : $"{row.Samples} ({row.Failures} failed)",
                F(row.GenerationTokensPerSecond, "0.00"),
                F(row.PromptTokensPerSecond, "0.00"),
                F(row.TtftMs, "0.0"),
                F(row.WallMs, "0"),
                F(row.ReasoningTokens, "0"),
                .. concurrent ? [F(row.BatchTokensPerSecond, "0.00")] : Array.Empty<string>(),
            ];
            table.AddRow(cells);
        }

        AnsiConsole.Write(table);
        WriteThinkingCost(ThinkingCost.From(rows));
        foreach (var failed in run.Variants.Where(v => v.Status != VariantStatus.Completed))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(failed.Name)}: {failed.Status.ToString().ToLowerInvariant()}[/]: {Markup.Escape(failed.Failure ?? "")}");
        }

        foreach (var checkedVariant in run.Variants.Where(v => v.PlacementCheck is not null))
        {
            var check = checkedVariant.PlacementCheck!;
            AnsiConsole.MarkupLine(check.Differs
                ? $"[yellow]{Markup.Escape(checkedVariant.Name)}: placement differs from the plan[/]: {Markup.Escape(string.Join("; ", check.Reasons))}"
                : $"{Markup.Escape(checkedVariant.Name)}: placement as planned ({check.Rows.Count(r => r.ReportedMib is not null)} buffers checked)");
        }

        foreach (var measured in run.Variants.Where(v => v.ServerMetrics is not null))
        {
            AnsiConsole.MarkupLine(MetricsLine(measured.Name, measured.ServerMetrics!));
        }

        foreach (var reason in run.BackgroundLoad?.BusyReasons ?? [])
        {
            AnsiConsole.MarkupLine($"[yellow]busy machine[/]: {Markup.Escape(reason)}");
        }
    }

    private static string MetricsLine(string variant, Metrics.ServerMetricsRecord metrics)
    {
        var verdict = Metrics.MetricsVerdict.Of(metrics);
        return verdict.Flagged
            ? $"[yellow]{Markup.Escape(variant)}: {verdict.Headline}[/]: {Markup.Escape(verdict.Detail)}"
            : $"{Markup.Escape(variant)}: {verdict.Headline} ({Markup.Escape(verdict.Detail)})";
    }

    private static void WriteThinkingCost(IReadOnlyList<ThinkingCost> costs)
    {
        if (costs.Count == 0)
        {
            return;
        }

        var table = new Table().Title("thinking cost (medians)");
        foreach (var column in new[] { "variant", "case", "reasoning tokens", "content off", "content on", "wall off ms", "wall on ms", "on / off" })
        {
            table.AddColumn(column);
        }

        foreach (var cost in costs)
        {
            table.AddRow(Markup.Escape(cost.Variant), Markup.Escape(cost.Case), F(cost.ReasoningTokensOn, "0"), F(cost.ContentTokensOff, "0"),
                F(cost.ContentTokensOn, "0"), F(cost.WallMsOff, "0"), F(cost.WallMsOn, "0"), F(cost.WallRatio, "0.00") + (cost.WallRatio is null ? "" : "x"));
        }

        AnsiConsole.Write(table);
    }

    private static string F(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    private static string F(int value) => value.ToString(CultureInfo.InvariantCulture);
}
