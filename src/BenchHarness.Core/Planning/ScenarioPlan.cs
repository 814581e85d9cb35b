namespace BenchHarness.Planning;

/// <summary>
/// The whole expansion of a scenario file: every variant's launch and every case, in the order they run.
/// Cases are grouped by variant so each server starts once.
/// </summary>
public sealed record ScenarioPlan
{
    public required string Name { get; init; }
    public required string SourcePath { get; init; }

    /// <summary>SHA-256 of the scenario's expanded content (imports included), to tell two edits of one scenario apart.</summary>
    public required string ContentHash { get; init; }

    public required IReadOnlyList<VariantPlan> Variants { get; init; }
    public required IReadOnlyList<BenchCase> Cases { get; init; }

    /// <summary>Non-fatal findings, such as an override order that llama.cpp resolves differently than it reads.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Measure prompt-cache reuse deliberately instead of sending <c>cache_prompt: false</c>.</summary>
    public bool MeasurePromptCache { get; init; }

    public TimeLimits Limits { get; init; } = TimeLimits.Default;

    /// <summary>The scenario's <c>budgets:</c>: MiB each device may use, by the server's device name.</summary>
    public IReadOnlyDictionary<string, long> Budgets { get; init; } = new Dictionary<string, long>();

    public IEnumerable<BenchCase> CasesOf(string variant) => Cases.Where(c => c.Variant == variant);

    /// <summary>
    /// The scenario's variant limit, else the server's start-up allowance plus every case's own limit. A plan of a
    /// co-resident layout may be the one that starts all of the layout's servers, so it allows for each of them.
    /// </summary>
    public TimeSpan VariantLimit(VariantPlan variant) =>
        Limits.Variant ?? StartupAllowance(variant) + CasesOf(variant.Name).Aggregate(TimeSpan.Zero, (sum, c) => sum + c.TimeLimit);

    private TimeSpan StartupAllowance(VariantPlan variant) => variant.Layout is { } role
        ? Variants.Where(v => v.Layout is { UnderLoad: false } other && other.Layout == role.Layout).Aggregate(TimeSpan.Zero, (sum, v) => sum + v.Launch.StartupTimeout)
        : variant.Launch.StartupTimeout;

    /// <summary>The scenario's run limit, else the sum of the variants' limits.</summary>
    public TimeSpan RunLimit(IEnumerable<VariantPlan> variants) =>
        Limits.Run ?? variants.Aggregate(TimeSpan.Zero, (sum, v) => sum + VariantLimit(v));
}
