namespace BenchHarness.Gguf;

/// <summary>Stands in a report for a metadata array too long to print (a vocabulary, merges, scores).</summary>
public sealed record GgufMetadataArray(string ElementType, int Length);
