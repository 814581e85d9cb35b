namespace BenchHarness.Results;

/// <summary>
/// What else kept the machine busy just before a run measured: load averages, CPU use over a short window,
/// other inference servers, GPU processes and the CPU frequency governor. <see cref="Busy"/> flags a run whose
/// figures another load may have lowered.
/// </summary>
public sealed record BackgroundLoad
{
    public double? LoadAverage1 { get; init; }
    public double? LoadAverage5 { get; init; }
    public double? LoadAverage15 { get; init; }

    /// <summary>Busy share of all cores over the sampling window, in percent (100 = every core busy).</summary>
    public double? CpuBusyPercent { get; init; }

    /// <summary>Inference servers or benchmarks already running, as <c>pid name</c>.</summary>
    public IReadOnlyList<string> OtherServers { get; init; } = [];

    /// <summary>Processes holding a GPU, as <c>pid name MiB</c> (from nvidia-smi).</summary>
    public IReadOnlyList<string> GpuProcesses { get; init; } = [];

    public string? CpuGovernor { get; init; }

    /// <summary>Why the machine counts as busy; empty when it was quiet.</summary>
    public IReadOnlyList<string> BusyReasons { get; init; } = [];

    public bool Busy => BusyReasons.Count > 0;
}
