using BenchHarness.Logs;

namespace BenchHarness.Results;

/// <summary>One variant's server within a run: what was asked, what actually ran, and every sample.</summary>
public sealed record VariantResult
{
    public required string Name { get; init; }
    public required LaunchRecord Launch { get; init; }
    public VariantStatus Status { get; init; } = VariantStatus.Running;

    /// <summary>Why the server failed to start or died, with the tail of its log.</summary>
    public string? Failure { get; init; }

    public ServerBuild? Build { get; init; }

    /// <summary>Launch to first 200 from <c>/health</c>.</summary>
    public double? LoadMs { get; init; }

    public StartupFacts? Startup { get; init; }

    /// <summary>The memory model's prediction against the buffers the server reported; null when either is unknown.</summary>
    public Memory.PlacementCheckResult? PlacementCheck { get; init; }
    public IReadOnlyList<ResourceSample> Resources { get; init; } = [];
    public IReadOnlyList<Sample> Samples { get; init; } = [];

    /// <summary>The server's raw log, relative to the run folder.</summary>
    public string? LogFile { get; init; }

    /// <summary>Set when the variant's server ran beside companions (see <see cref="LayoutRecord"/>).</summary>
    public LayoutRecord? Layout { get; init; }

    /// <summary>Set when the server runs with <c>--metrics</c>: its counters between cases and their check against the log.</summary>
    public Metrics.ServerMetricsRecord? ServerMetrics { get; init; }
}

public enum VariantStatus
{
    Running,
    Completed,
    Failed,
    Cancelled,

    /// <summary>Its harness was killed while it ran.</summary>
    Interrupted,
}
