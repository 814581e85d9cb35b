namespace BenchHarness.Planning;

/// <summary>
/// How long a run may wait for each thing, so that a hung server can never hang a run. A request's limit is
/// derived from its <c>max_tokens</c> unless the scenario fixes one; a variant's and the run's are the sums of
/// what they contain unless the scenario fixes them.
/// </summary>
public sealed record TimeLimits
{
    public static readonly TimeLimits Default = new();

    /// <summary>The fixed part of a derived request limit: prompt processing and the first token.</summary>
    public TimeSpan RequestFloor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Added per <c>max_tokens</c>; one second a token allows generation down to 1 token/s.</summary>
    public TimeSpan RequestPerToken { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>One limit for every request instead of the derived one.</summary>
    public TimeSpan? Request { get; init; }

    /// <summary>One variant's server from launch to its last case; null derives it.</summary>
    public TimeSpan? Variant { get; init; }

    /// <summary>The whole run; null derives it.</summary>
    public TimeSpan? Run { get; init; }

    public TimeSpan ForRequest(int maxTokens) => Request ?? RequestFloor + (RequestPerToken * maxTokens);
}
