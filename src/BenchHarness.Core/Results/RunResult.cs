namespace BenchHarness.Results;

/// <summary>
/// One <c>bench run</c>, as written to <c>results/&lt;run-id&gt;/run.json</c>. Rewritten as the run goes,
/// so a crash keeps every finished sample. Plain data: exporters and stores read it, never the runner's state.
/// </summary>
public sealed record RunResult
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public required string RunId { get; init; }
    public required string Scenario { get; init; }
    public required string ScenarioHash { get; init; }
    public string? ScenarioPath { get; init; }
    public string? Label { get; init; }

    /// <summary>Why it ran: <c>manual</c>, <c>nightly</c>, <c>ab</c>, ...</summary>
    public string Reason { get; init; } = "manual";

    public required string HarnessVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public RunStatus Status { get; init; } = RunStatus.Running;
    public required HostInfo Host { get; init; }

    /// <summary>The harness process that runs it; a run still <c>running</c> whose owner is gone was interrupted.</summary>
    public RunOwner? Owner { get; init; }

    /// <summary>The <c>--set</c> overrides and <c>--variant</c> filter it ran with, so <c>--resume</c> rebuilds the same plan.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
    public IReadOnlyList<string> VariantFilter { get; init; } = [];

    /// <summary>The machine's load just before the run measured (the last start's, for a resumed run).</summary>
    public BackgroundLoad? BackgroundLoad { get; init; }

    /// <summary>How many times <c>bench run --resume</c> continued it.</summary>
    public int Resumed { get; init; }
    public IReadOnlyList<VariantResult> Variants { get; init; } = [];
}

public enum RunStatus
{
    Running,
    Completed,
    Failed,
    Cancelled,

    /// <summary>The harness was killed mid-run; <c>bench run --resume</c> completes its missing cases.</summary>
    Interrupted,
}
