namespace BenchHarness.Scenarios.Model;

/// <summary>A named change of the base launch, as written.</summary>
public sealed record VariantSpec(string Name, string? Description, ServerLayer Layer);
