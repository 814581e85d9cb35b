namespace BenchHarness.Memory.Placement;

/// <summary>One candidate placement: a variant name, what it keeps where, the arguments it adds and its predicted memory.</summary>
public sealed record PlacementCandidate(string Name, string Description, IReadOnlyList<string> Args, VariantMemory Memory);
