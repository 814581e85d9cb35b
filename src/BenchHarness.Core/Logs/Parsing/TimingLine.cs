namespace BenchHarness.Logs.Parsing;

internal enum TimingLineKind
{
    PromptEval,
    Eval,
    Total,
}

/// <summary>One end-of-request timing line. Tokens and rate are absent on <c>total time</c> lines of some builds.</summary>
/// <param name="HasCount">Whether the line printed a token count and a rate (which may still be too large to hold).</param>
internal sealed record TimingLine(TimingLineKind Kind, double? Ms, long? Tokens, double? TokensPerSecond, bool HasCount);
