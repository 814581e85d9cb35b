namespace BenchHarness.Logs.Parsing;

internal enum TimingLineKind
{
    PromptEval,
    Eval,
    Total,
}

/// <summary>One end-of-request timing line. Tokens and rate are absent on <c>total time</c> lines of some builds.</summary>
/// <param name="HasCount">Whether the line printed a token count (which may still be too large to hold).</param>
/// <param name="Function">
/// The program's timing function when it printed the line (<c>llama_print_timings</c>, <c>llama_perf_context_print</c>);
/// <see cref="TimingFunction.Server"/> for a server's own lines.
/// </param>
internal readonly record struct TimingLine(TimingLineKind Kind, double? Ms, long? Tokens, double? TokensPerSecond, bool HasCount, TimingFunction Function = TimingFunction.Server);
