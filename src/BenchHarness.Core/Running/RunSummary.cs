using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>Medians per variant × prompt × thinking over measured samples (warm-ups and failed requests excluded).</summary>
public static class RunSummary
{
    public static IReadOnlyList<SummaryRow> Rows(RunResult run) =>
        run.Variants.SelectMany(v => v.Samples.Where(s => !s.Warmup)
                .GroupBy(s => (s.Prompt, s.Thinking))
                .Select(g => Row(v.Name, g.Key.Prompt, g.Key.Thinking, g.ToArray())))
            .ToArray();

    private static SummaryRow Row(string variant, string prompt, bool? thinking, IReadOnlyList<Sample> samples)
    {
        var ok = samples.Where(s => s.Error is null).ToArray();
        return new SummaryRow(
            variant,
            prompt,
            thinking,
            ok.Length,
            samples.Count - ok.Length,
            Percentiles.Median(ok.Select(s => s.GenerationTokensPerSecond).ToArray()),
            Percentiles.Median(ok.Select(s => s.PromptTokensPerSecond).ToArray()),
            Percentiles.Median(ok.Where(s => s.TtftMs is not null).Select(s => s.TtftMs!.Value).ToArray()),
            Percentiles.Median(ok.Where(s => s.ReasoningTokens is not null).Select(s => (double)s.ReasoningTokens!.Value).ToArray()));
    }
}
