namespace BenchHarness.Running;

/// <summary>How <c>bench run</c> was asked to run a plan.</summary>
public sealed record RunOptions
{
    /// <summary>Folder that receives <c>&lt;run-id&gt;/run.json</c> and the logs.</summary>
    public string ResultsRoot { get; init; } = "results";
    public string? Label { get; init; }
    public string Reason { get; init; } = "manual";

    /// <summary>The <c>--set</c> overrides the plan was built with, kept in run.json for <c>--resume</c>.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Only these variants; empty means all.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The container engine's socket or address; null picks DOCKER_HOST or a default socket.</summary>
    public string? EngineSocket { get; init; }

    public string HarnessVersion { get; init; } = "0.0.0";

    /// <summary>How long the pre-flight watches the CPUs before the run starts its first server.</summary>
    public TimeSpan LoadProbeWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for a request's timing lines in the log after its response arrived.</summary>
    public TimeSpan LogTimingPatience { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Start a variant's server even when the memory model predicts a device over its budget.</summary>
    public bool TryAnyway { get; init; }
}
