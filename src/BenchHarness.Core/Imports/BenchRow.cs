namespace BenchHarness.Imports;

/// <summary>
/// One test of a llama-bench output file as printed: its fields by name (numbers and booleans as their text) and,
/// in json and jsonl, the raw per-repetition times and rates.
/// </summary>
/// <param name="Line">1-based line of the file where the test starts, for messages.</param>
public sealed record BenchRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public IReadOnlyList<double> SamplesNs { get; init; } = [];
    public IReadOnlyList<double> SamplesTs { get; init; } = [];
}
