namespace BenchHarness.Planning;

/// <summary>A named server configuration of a scenario, fully expanded.</summary>
public sealed record VariantPlan(string Name, string? Description, ServerLaunch Launch)
{
    /// <summary>Set when the variant runs with companions: which server of the layout this plan measures, and how.</summary>
    public LayoutRole? Layout { get; init; }
}
