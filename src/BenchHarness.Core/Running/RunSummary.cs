using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>Medians per variant × measured case over measured samples (warm-ups and failed requests excluded).</summary>
public static class RunSummary
{
    public static IReadOnlyList<SummaryRow> Rows(RunResult run) =>
        run.Variants.SelectMany(v => v.Samples.Where(s => !s.Warmup)
                .GroupBy(CaseCoordinates.Of)
                .Select(g => Row(v.Name, g.Key, g.ToArray())))
            .ToArray();

    private static SummaryRow Row(string variant, CaseCoordinates at, IReadOnlyList<Sample> samples)
    {
        var ok = samples.Where(s => s.Error is null).ToArray();
        return new SummaryRow(
            variant,
            at.Prompt,
            at.Thinking,
            ok.Length,
            samples.Count - ok.Length,
            Percentiles.Median(ok.Select(s => s.GenerationTokensPerSecond).ToArray()),
            Percentiles.Median(ok.Select(s => s.PromptTokensPerSecond).ToArray()),
            Median(ok, s => s.TtftMs),
            Median(ok, s => s.ReasoningTokens))
        {
            Depth = at.Depth,
            Concurrency = at.Concurrency,
            ContentTokens = Median(ok, s => s.ContentTokens),
            WallMs = Median(ok, s => s.WallMs),
            BatchTokensPerSecond = at.Concurrency > 1 ? Median(ok, s => s.BatchTokensPerSecond) : null,
        };
    }

    private static double? Median(IEnumerable<Sample> samples, Func<Sample, double?> value) =>
        Percentiles.Median(samples.Select(value).OfType<double>().ToArray());
}
