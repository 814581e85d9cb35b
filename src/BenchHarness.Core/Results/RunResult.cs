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
    public IReadOnlyList<VariantResult> Variants { get; init; } = [];
}

public enum RunStatus
{
    Running,
    Completed,
    Failed,
    Cancelled,
}
