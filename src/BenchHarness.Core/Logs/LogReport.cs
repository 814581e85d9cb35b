namespace BenchHarness.Logs;

/// <summary>Everything understood from one llama-server log.</summary>
public sealed record LogReport
{
    public StartupFacts Startup { get; init; } = new();
    public IReadOnlyList<RequestTiming> Requests { get; init; } = [];
    public IReadOnlyList<LogFailure> Failures { get; init; } = [];
    public IReadOnlyList<PromptCacheMismatch> CacheMismatches { get; init; } = [];
}
