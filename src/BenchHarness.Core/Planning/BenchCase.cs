using System.Text.Json;

namespace BenchHarness.Planning;

/// <summary>
/// One request to send: a variant's server, a prompt, thinking on or off, and its repeat index.
/// Warm-up requests are cases too (<see cref="Warmup"/>), so a run records what it excluded.
/// </summary>
public sealed record BenchCase
{
    public required string Variant { get; init; }
    public required string Prompt { get; init; }

    /// <summary>True/false when thinking is a dimension of the scenario; null when the request leaves it to the server.</summary>
    public bool? Thinking { get; init; }

    /// <summary>Tokens the context holds before this request's own (filled by the runner, reused through the prompt cache).</summary>
    public int Depth { get; init; }

    /// <summary>Requests sent together: this case's body N times at once.</summary>
    public int Concurrency { get; init; } = 1;

    public required int Repeat { get; init; }
    public bool Warmup { get; init; }

    /// <summary>Streaming (server-sent events) or one JSON response.</summary>
    public bool Stream { get; init; }

    /// <summary>The exact body POSTed to <c>/v1/chat/completions</c>.</summary>
    public required JsonElement RequestBody { get; init; }

    /// <summary>How long the request may take before its sample fails and its server is stopped as hung.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeLimits.Default.ForRequest(256);

    /// <summary>Identity of the measured case across repeats: variant, prompt, thinking, and depth and concurrency where set.</summary>
    public string Key => $"{Variant}/{Prompt}/{ThinkingLabel}{DimensionSuffix(Depth, Concurrency)}";

    /// <summary>How depth and concurrency show in a case's name; the defaults (0, 1) show nothing, so older names stay.</summary>
    public static string DimensionSuffix(int depth, int concurrency) =>
        (depth > 0 ? $"/depth-{depth}" : "") + (concurrency > 1 ? $"/concurrency-{concurrency}" : "");

    public string ThinkingLabel => Thinking switch
    {
        true => "thinking-on",
        false => "thinking-off",
        null => "thinking-default",
    };
}
