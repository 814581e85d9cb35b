namespace BenchHarness.Running;

/// <summary>One line of a run's summary: a variant × prompt × thinking, medians over its measured repeats.</summary>
public sealed record SummaryRow(
    string Variant,
    string Prompt,
    bool? Thinking,
    int Samples,
    int Failures,
    double? GenerationTokensPerSecond,
    double? PromptTokensPerSecond,
    double? TtftMs,
    double? ReasoningTokens);
