using Docker.DotNet;
using Docker.DotNet.Models;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// A container's CPU and memory from the engine's one-shot stats: the fallback for a remote engine, whose
/// processes /proc cannot show. CPU% from two readings' CPU time over wall time.
/// </summary>
internal sealed class ContainerStats(IDockerClient engine, string id)
{
    private (TimeSpan Cpu, DateTimeOffset At)? _previous;

    public async Task<ResourceReading> ReadAsync(CancellationToken cancellationToken)
    {
        ContainerStatsResponse? stats = null;
        await engine.Containers.GetContainerStatsAsync(id, new ContainerStatsParameters { Stream = false, OneShot = true },
            new Progress(s => stats = s), cancellationToken);
        if (stats is null)
        {
            return new ResourceReading(null, null);
        }

        TimeSpan? cpu = stats.CPUStats?.CPUUsage is { } usage ? TimeSpan.FromTicks((long)(usage.TotalUsage / 100)) : null;
        double? rss = stats.MemoryStats is { } memory ? memory.Usage / (1024.0 * 1024.0) : null;
        var now = DateTimeOffset.UtcNow;
        double? percent = cpu is { } c && _previous is { } p && now > p.At
            ? (c - p.Cpu).TotalSeconds / (now - p.At).TotalSeconds * 100.0
            : null;
        if (cpu is { } current)
        {
            _previous = (current, now);
        }

        return new ResourceReading(cpu, rss, percent);
    }

    /// <summary>Synchronous, unlike <see cref="Progress{T}"/>, so the reading is set when the call returns.</summary>
    private sealed class Progress(Action<ContainerStatsResponse> report) : IProgress<ContainerStatsResponse>
    {
        public void Report(ContainerStatsResponse value) => report(value);
    }
}
