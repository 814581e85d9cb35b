namespace BenchHarness.Results;

/// <summary>The server's CPU and memory, and each GPU's, at one moment of the run.</summary>
public sealed record ResourceSample
{
    /// <summary>Milliseconds since the server was launched.</summary>
    public required double AtMs { get; init; }
    public double? CpuPercent { get; init; }
    public double? RssMib { get; init; }
    public IReadOnlyList<GpuSample> Gpus { get; init; } = [];
}

public sealed record GpuSample(int Index, double MemoryUsedMib, double UtilizationPercent);
