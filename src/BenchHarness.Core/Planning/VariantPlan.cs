namespace BenchHarness.Planning;

/// <summary>A named server configuration of a scenario, fully expanded.</summary>
public sealed record VariantPlan(string Name, string? Description, ServerLaunch Launch);
