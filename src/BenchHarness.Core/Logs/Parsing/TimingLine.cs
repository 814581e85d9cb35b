namespace BenchHarness.Logs.Parsing;

internal enum TimingLineKind
{
    PromptEval,
    Eval,
    Total,
}

/// <summary>One end-of-request timing line. Tokens and rate are absent on <c>total time</c> lines of some builds.</summary>
internal sealed record TimingLine(TimingLineKind Kind, double Ms, int? Tokens, double? TokensPerSecond);
