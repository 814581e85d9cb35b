namespace BenchHarness.Running;

/// <summary>One line of a run's summary: a variant × measured case, medians over its measured repeats.</summary>
public sealed record SummaryRow(
    string Variant,
    string Prompt,
    bool? Thinking,
    int Samples,
    int Failures,
    double? GenerationTokensPerSecond,
    double? PromptTokensPerSecond,
    double? TtftMs,
    double? ReasoningTokens)
{
    public int Depth { get; init; }
    public int Concurrency { get; init; } = 1;
    public double? ContentTokens { get; init; }

    /// <summary>Median client wall time of a request: what thinking costs a user.</summary>
    public double? WallMs { get; init; }

    /// <summary>Median aggregate throughput of the requests sent together (concurrency above 1).</summary>
    public double? BatchTokensPerSecond { get; init; }
}
