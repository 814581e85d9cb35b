namespace BenchHarness.Logs;

/// <summary>
/// One request's end-of-request timing lines, as the server printed them (<c>prompt eval time</c>,
/// <c>eval time</c>, <c>total time</c>). Rates are the server's own printed figures; ms and token
/// counts are the raw values to recompute from. A figure the log printed beyond 64 bits (or a double's
/// range) is left out rather than wrapped or made infinite.
/// </summary>
public readonly record struct RequestTiming
{
    /// <summary>1-based line of the log where the <c>prompt eval time</c> line stands.</summary>
    public int Line { get; init; }

    /// <summary>Slot and task ids when the log names them (recent llama.cpp, ik_llama.cpp headers).</summary>
    public long? Slot { get; init; }
    public long? Task { get; init; }

    // Each figure is null when the log printed a number no 64-bit integer or finite double holds.
    public long? PromptTokens { get; init; }
    public double? PromptMs { get; init; }
    public double? PromptTokensPerSecond { get; init; }

    public long? GeneratedTokens { get; init; }
    public double? GenerationMs { get; init; }
    public double? GenerationTokensPerSecond { get; init; }

    /// <summary>Null when the log has no <c>total time</c> line for this request.</summary>
    public double? TotalMs { get; init; }

    /// <summary>
    /// Set when a program rather than a server printed the timings: <c>llama_print_timings</c> (2023-24 <c>main</c> /
    /// llama-cli, generated tokens counted as runs) or <c>llama_perf_context_print</c> (2025 llama-cli). Such a
    /// "request" is the whole session the program ran.
    /// </summary>
    public string? Function { get; init; }
}
