namespace BenchHarness.Running;

/// <summary>The <c>timings</c> object of a llama-server response (ik_llama.cpp has no <c>cache_n</c>).</summary>
public sealed record ServerTimings
{
    public int PromptN { get; init; }
    public double PromptMs { get; init; }
    public double? PromptPerSecond { get; init; }
    public int PredictedN { get; init; }
    public double PredictedMs { get; init; }
    public double? PredictedPerSecond { get; init; }
    public int? CacheN { get; init; }
}
