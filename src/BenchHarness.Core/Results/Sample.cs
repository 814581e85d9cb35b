namespace BenchHarness.Results;

/// <summary>
/// One request's measurement. Field names reuse parse-log's (<c>prompt_tokens</c>, <c>generation_ms</c>, ...).
/// Rates are recomputed from raw ms and tokens; <see cref="TgFormula"/> says which formula the server used.
/// </summary>
public sealed record Sample
{
    public required string Prompt { get; init; }
    public bool? Thinking { get; init; }
    /// <summary>Tokens the context held before this request's own (0: an empty context).</summary>
    public int Depth { get; init; }

    /// <summary>Requests that were in flight together, this one included.</summary>
    public int Concurrency { get; init; } = 1;

    public required int Repeat { get; init; }

    /// <summary>This request's place (1..N) among the requests sent together; absent for a single request.</summary>
    public int? Lane { get; init; }

    public bool Warmup { get; init; }
    public DateTimeOffset At { get; init; }

    public int PromptTokens { get; init; }
    public double PromptMs { get; init; }
    public double PromptTokensPerSecond { get; init; }
    public int GeneratedTokens { get; init; }
    public double GenerationMs { get; init; }
    public double GenerationTokensPerSecond { get; init; }
    public double? TotalMs { get; init; }

    public double? TtftMs { get; init; }
    public int? ReasoningTokens { get; init; }
    public int? ContentTokens { get; init; }
    public int? CachedTokens { get; init; }

    /// <summary>Generated tokens per second as the client saw them arrive (streaming only).</summary>
    public double? ClientTokensPerSecond { get; init; }
    public double? InterTokenMsMedian { get; init; }
    public double? InterTokenMsP99 { get; init; }

    /// <summary>Request sent to response complete, as the client measured it: what a user waits (thinking included).</summary>
    public double? WallMs { get; init; }

    /// <summary>
    /// Generated tokens of all requests sent together over the time from the first sent to the last answered:
    /// the aggregate throughput of a concurrent case (the same figure on each of its samples).
    /// </summary>
    public double? BatchTokensPerSecond { get; init; }

    public string? FinishReason { get; init; }

    /// <summary>The response's <c>system_fingerprint</c>: the build that answered this request (e.g. <c>b8005-914dde72b</c>).</summary>
    public string? SystemFingerprint { get; init; }

    /// <summary><c>n_minus_1</c> (recent llama.cpp: n-1 tokens over the time after the first) or <c>n</c>.</summary>
    public string? TgFormula { get; init; }

    /// <summary>The server's own <c>predicted_per_second</c> / <c>prompt_per_second</c> from the response's <c>timings</c>.</summary>
    public double? ServerGenerationTokensPerSecond { get; init; }
    public double? ServerPromptTokensPerSecond { get; init; }

    /// <summary>The matching <c>prompt eval time</c> / <c>eval time</c> lines of the server log, when found.</summary>
    public Logs.RequestTiming? LogTiming { get; init; }

    /// <summary>
    /// True for an imported figure that is an average of several repetitions (llama-bench csv or sql output, which
    /// keep no raw samples): one sample stands for them all, so its spread says nothing. Left out of run.json when false.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool AggregateOnly { get; init; }

    /// <summary>Set when the request failed; such a sample carries no figures.</summary>
    public string? Error { get; init; }
}
