namespace BenchHarness.Imports;

/// <summary>
/// What an imported test ran on and with: build, machine, model and the settings that make its variant, as the
/// program's own command-line flags (<c>-ngl 99</c>, <c>-t 16</c>, ...) in a fixed order.
/// </summary>
public sealed record ImportedSetup
{
    public string? BuildNumber { get; init; }
    public string? Commit { get; init; }
    public string? CpuInfo { get; init; }
    public string? GpuInfo { get; init; }
    public string? ModelFile { get; init; }
    public string? ModelType { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];
}

/// <summary>One imported test (a llama-bench row, a sweep-bench row) and its samples.</summary>
/// <param name="Line">1-based line of the source where the test stands.</param>
public sealed record ImportedTest(int Line, ImportedSetup Setup, IReadOnlyList<Results.Sample> Samples);
