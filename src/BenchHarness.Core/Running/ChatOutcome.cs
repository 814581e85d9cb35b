namespace BenchHarness.Running;

/// <summary>What one <c>/v1/chat/completions</c> request returned and how its tokens arrived at the client.</summary>
public sealed record ChatOutcome
{
    public ServerTimings? Timings { get; init; }
    public ChatUsage? Usage { get; init; }
    public string? FinishReason { get; init; }
    public string? SystemFingerprint { get; init; }

    /// <summary>Chunks (streaming) that carried <c>reasoning_content</c> and <c>content</c>; non-streaming: from usage.</summary>
    public int? ReasoningTokens { get; init; }
    public int? ContentTokens { get; init; }

    public string Content { get; init; } = "";
    public string ReasoningContent { get; init; } = "";

    /// <summary>Request sent to first generated text (streaming only).</summary>
    public double? TtftMs { get; init; }
    public double? ClientTokensPerSecond { get; init; }
    public double? InterTokenMsMedian { get; init; }
    public double? InterTokenMsP99 { get; init; }

    /// <summary>Request sent to response complete, as the client measured it.</summary>
    public double ClientTotalMs { get; init; }
}
