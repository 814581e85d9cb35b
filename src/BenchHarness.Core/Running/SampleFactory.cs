using BenchHarness.Logs;
using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// Turns a case's response (and its log timing lines, when found) into a <see cref="Sample"/>. Raw ms and
/// token counts come from the response's <c>timings</c>, else from the log; rates are recomputed from them
/// with the formula the server used.
/// </summary>
public static class SampleFactory
{
    public static Sample FromOutcome(BenchCase benchCase, ChatOutcome outcome, RequestTiming? logTiming, DateTimeOffset at)
    {
        var t = outcome.Timings;
        var promptTokens = t?.PromptN ?? Count(logTiming?.PromptTokens) ?? 0;
        var promptMs = t?.PromptMs ?? logTiming?.PromptMs ?? 0;
        var generated = t?.PredictedN ?? Count(logTiming?.GeneratedTokens) ?? outcome.Usage?.CompletionTokens ?? 0;
        var generationMs = t?.PredictedMs ?? logTiming?.GenerationMs ?? 0;
        var formula = TgFormula.Detect(generated, generationMs, t?.PredictedPerSecond ?? logTiming?.GenerationTokensPerSecond);
        return Base(benchCase, at) with
        {
            PromptTokens = promptTokens,
            PromptMs = promptMs,
            PromptTokensPerSecond = TgFormula.Rate(promptTokens, promptMs, TgFormula.N),
            GeneratedTokens = generated,
            GenerationMs = generationMs,
            GenerationTokensPerSecond = TgFormula.Rate(generated, generationMs, formula),
            TotalMs = t is null ? logTiming?.TotalMs : t.PromptMs + t.PredictedMs,
            TtftMs = outcome.TtftMs,
            ReasoningTokens = outcome.ReasoningTokens,
            ContentTokens = outcome.ContentTokens,
            CachedTokens = t?.CacheN,
            ClientTokensPerSecond = outcome.ClientTokensPerSecond,
            InterTokenMsMedian = outcome.InterTokenMsMedian,
            InterTokenMsP99 = outcome.InterTokenMsP99,
            WallMs = outcome.ClientTotalMs,
            FinishReason = outcome.FinishReason,
            SystemFingerprint = outcome.SystemFingerprint,
            TgFormula = formula,
            ServerGenerationTokensPerSecond = t?.PredictedPerSecond,
            ServerPromptTokensPerSecond = t?.PromptPerSecond,
            LogTiming = logTiming,
        };
    }

    /// <summary>A log's 64-bit count as a sample's count; one past 32 bits is not a real request's and is left out.</summary>
    private static int? Count(long? value) => value is >= 0 and <= int.MaxValue ? (int)value : null;

    public static Sample Failed(BenchCase benchCase, string error, DateTimeOffset at) => Base(benchCase, at) with { Error = error };

    private static Sample Base(BenchCase benchCase, DateTimeOffset at) => new()
    {
        Prompt = benchCase.Prompt,
        Thinking = benchCase.Thinking,
        Depth = benchCase.Depth,
        Concurrency = benchCase.Concurrency,
        Repeat = benchCase.Repeat,
        Warmup = benchCase.Warmup,
        At = at,
    };
}
