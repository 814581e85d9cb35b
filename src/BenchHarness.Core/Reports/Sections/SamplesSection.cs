using BenchHarness.Results;

namespace BenchHarness.Reports.Sections;

/// <summary>Every request of the runs, warm-ups and failures included, as measured.</summary>
internal static class SamplesSection
{
    private static readonly string[] Header =
    [
        "run", "variant", "prompt", "thinking", "depth", "concurrency", "repeat", "kind", "TG t/s", "PP t/s", "TTFT ms", "wall ms",
        "prompt tokens", "generated tokens", "reasoning tokens", "content tokens", "error",
    ];

    public static ReportSection? Of(IReadOnlyList<RunResult> runs)
    {
        var rows = runs.SelectMany(run => run.Variants.SelectMany(v => v.Samples.Select(s => Row(run, v, s)))).ToList();
        return rows.Count == 0
            ? null
            : new ReportSection("samples", "Every sample", [ReportBlock.TableOnly(new ReportTable("samples", "Each request as measured", Header, rows))]);
    }

    private static IReadOnlyList<string> Row(RunResult run, VariantResult variant, Sample s) =>
    [
        run.RunId, variant.Name, s.Prompt, ReportCell.Thinking(s.Thinking), ReportCell.Count(s.Depth), ReportCell.Count(s.Concurrency),
        ReportCell.Count(s.Repeat), s.Error is not null ? "failed" : s.Warmup ? "warm-up" : "measured",
        ReportCell.Number(s.GenerationTokensPerSecond), ReportCell.Number(s.PromptTokensPerSecond), ReportCell.Number(s.TtftMs, "0.0"),
        ReportCell.Number(s.WallMs, "0"), ReportCell.Count(s.PromptTokens), ReportCell.Count(s.GeneratedTokens),
        s.ReasoningTokens is { } r ? ReportCell.Count(r) : "-", s.ContentTokens is { } c ? ReportCell.Count(c) : "-", s.Error ?? "",
    ];
}
