namespace BenchHarness.Storage.Queries;

/// <summary>Narrows a selection to one scenario, variant or prompt; null matches all.</summary>
public sealed record SampleFilter(string? Scenario = null, string? Variant = null, string? Prompt = null)
{
    public static SampleFilter All { get; } = new();
}
