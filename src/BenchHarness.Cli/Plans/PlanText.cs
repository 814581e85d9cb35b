using System.Globalization;
using System.Text;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Plans;

/// <summary>The human plan: per variant the equivalent launch command, then its cases grouped by prompt and thinking.</summary>
internal static class PlanText
{
    public static string Render(ScenarioPlan plan)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"scenario {plan.Name} ({plan.SourcePath})");
        text.AppendLine(CultureInfo.InvariantCulture, $"content hash {plan.ContentHash}");
        foreach (var warning in plan.Warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"warning: {warning}");
        }

        foreach (var variant in plan.Variants)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"variant {variant.Name}{(variant.Description is null ? "" : $": {variant.Description}")}");
            if (variant.Layout is { } layout)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {LayoutLine(plan, layout)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {LaunchCommandLine.Display(variant.Launch)}");
            text.AppendLine();
            AppendCases(text, plan.CasesOf(variant.Name).ToList());
        }

        return text.ToString();
    }

    private static string LayoutLine(ScenarioPlan plan, LayoutRole role)
    {
        var others = plan.Variants.Where(v => v.Layout is { UnderLoad: false } o && o.Layout == role.Layout && o.Role != role.Role)
            .Select(v => role.UnderLoad ? $"{v.Layout!.Role} ({v.Layout.Load.Concurrency} × '{v.Layout.Load.Prompt}')" : v.Layout!.Role);
        return $"measures {role.Role} with {string.Join(", ", others)} {(role.UnderLoad ? "serving load" : "started and idle")}";
    }

    private static void AppendCases(StringBuilder text, IReadOnlyList<BenchCase> cases)
    {
        var rows = cases
            .GroupBy(c => (c.Prompt, c.ThinkingLabel, c.Depth, c.Concurrency, c.Warmup))
            .Select(g => new[]
            {
                g.Key.Prompt,
                g.Key.ThinkingLabel,
                g.Key.Depth.ToString(CultureInfo.InvariantCulture),
                g.Key.Concurrency.ToString(CultureInfo.InvariantCulture),
                g.Key.Warmup ? "warm-up" : "measured",
                (g.Count() * g.Key.Concurrency).ToString(CultureInfo.InvariantCulture),
                g.First().RequestBody.TryGetProperty("max_tokens", out var max) ? max.ToString() : "",
                Scenarios.Schema.DurationText.Format(g.First().TimeLimit),
            })
            .Prepend(["prompt", "thinking", "depth", "concurrency", "kind", "requests", "max_tokens", "time limit"])
            .ToList();
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            text.AppendLine("  " + string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }
}
