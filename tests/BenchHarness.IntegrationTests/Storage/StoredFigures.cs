using BenchHarness.Results;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>Compares a run with what the store gave back: every sample's figures must be bit-for-bit equal.</summary>
internal static class StoredFigures
{
    public static void AssertSame(RunResult run, StoredRun stored)
    {
        Assert.Equal(run.RunId, stored.Run.RunId);
        Assert.Equal(run.StartedAt, stored.Run.StartedAt);
        Assert.Equal(run.FinishedAt, stored.Run.FinishedAt);
        Assert.Equal(run.Variants.Select(v => v.Name), stored.Variants.Select(v => v.Name));

        var expected = run.Variants
            .SelectMany(v => v.Samples.Select(s => Figures(v.Name, LaunchKey.Of(v.Launch), s)))
            .OrderBy(f => f, StringComparer.Ordinal);
        var actual = stored.Samples.Select(Figures).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    // Round-trip ("R") formatting: two doubles print alike only when they are the same double.
    private static string Figures(string variant, string launchKey, Sample s) => Join(
        variant, launchKey, s.Prompt, s.Thinking, s.Repeat, s.Warmup, s.PromptTokens, s.GeneratedTokens, s.ReasoningTokens,
        s.CachedTokens, s.PromptMs, s.GenerationMs, s.TtftMs, s.GenerationTokensPerSecond, s.PromptTokensPerSecond,
        s.TgFormula, s.Error, s.At.UtcDateTime);

    private static string Figures(StoredSample s) => Join(
        s.Variant, s.LaunchKey, s.Prompt, s.Thinking, s.RepeatIndex, s.Warmup, s.PromptTokens, s.GeneratedTokens, s.ReasoningTokens,
        s.CachedTokens, s.PromptMs, s.GenerationMs, s.TtftMs, s.Tg, s.Pp, s.TgFormula, s.Error, s.At);

    private static string Join(params object?[] values) => string.Join('|', values.Select(v => v switch
    {
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    }));
}
