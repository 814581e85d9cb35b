namespace BenchHarness.Gguf;

/// <summary>A metadata array: one element type, items boxed as <see cref="GgufValue.Value"/> is (arrays may nest).</summary>
public sealed record GgufArray(GgufValueType ElementType, IReadOnlyList<object> Items);
