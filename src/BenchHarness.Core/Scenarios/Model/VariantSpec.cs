using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Model;

/// <summary>A named change of the base launch, as written (<see cref="Path"/> is e.g. <c>variants[2]</c>).</summary>
public sealed record VariantSpec(string Name, string? Description, ServerLayer Layer, string Path, SourceMark Mark);
