using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Model;

/// <summary>A scenario after imports, variables and <c>--set</c>, read into types but not yet expanded into a plan.</summary>
public sealed record ScenarioDocument
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required ServerLayer Server { get; init; }

    /// <summary>The <c>--set server.*</c> layer, applied after each variant so the command line wins.</summary>
    public required ServerLayer CommandLineServer { get; init; }

    public required IReadOnlyList<VariantSpec> Variants { get; init; }
    public required IReadOnlyList<PromptSpec> Prompts { get; init; }
    public IReadOnlyList<KeyValuePair<string, YamlScalar>> Sampling { get; init; } = [];

    /// <summary>Thinking values to run; a single null means the request leaves thinking to the server.</summary>
    public IReadOnlyList<bool?> Thinking { get; init; } = [null];

    /// <summary>Context depths to measure at: tokens held in the context before each measured request's own.</summary>
    public IReadOnlyList<int> Depths { get; init; } = [0];

    /// <summary>Requests in flight together; each value is a case of its own.</summary>
    public IReadOnlyList<int> Concurrency { get; init; } = [1];

    public int Repeats { get; init; } = 1;
    public int Warmup { get; init; }
    public bool Stream { get; init; }
    public bool MeasurePromptCache { get; init; }
    public string? ModelAlias { get; init; }
    public Planning.TimeLimits Limits { get; init; } = Planning.TimeLimits.Default;

    /// <summary>Servers that run beside each variant's server; each of them is measured too, alone and under load.</summary>
    public IReadOnlyList<CompanionSpec> Companions { get; init; } = [];

    /// <summary>What the variant's own server serves while a companion is measured under load.</summary>
    public LoadSpec Load { get; init; } = LoadSpec.Default;

    /// <summary>Memory each device may use, in MiB, by the server's device name.</summary>
    public IReadOnlyDictionary<string, long> Budgets { get; init; } = new Dictionary<string, long>();
}
