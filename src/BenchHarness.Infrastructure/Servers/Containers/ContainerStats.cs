using System.Text.Json;

namespace BenchHarness.Servers.Containers;

/// <summary>A container's CPU and memory from the Engine API's one-shot stats; CPU% from two readings' CPU time over wall time.</summary>
internal sealed class ContainerStats(EngineApiClient engine, string id)
{
    private (TimeSpan Cpu, DateTimeOffset At)? _previous;

    public async Task<ResourceReading> ReadAsync(CancellationToken cancellationToken)
    {
        var stats = await engine.SendAsync(HttpMethod.Get, $"containers/{id}/stats?stream=false", null, cancellationToken);
        var cpuNs = Number(stats, "cpu_stats", "cpu_usage", "total_usage");
        var memory = Number(stats, "memory_stats", "usage");
        TimeSpan? cpu = cpuNs is { } ns ? TimeSpan.FromTicks((long)(ns / 100)) : null;
        var now = DateTimeOffset.UtcNow;
        double? percent = cpu is { } c && _previous is { } p && now > p.At
            ? (c - p.Cpu).TotalSeconds / (now - p.At).TotalSeconds * 100.0
            : null;
        if (cpu is { } current)
        {
            _previous = (current, now);
        }

        return new ResourceReading(cpu, memory / (1024.0 * 1024.0), percent);
    }

    private static double? Number(JsonElement root, params string[] path)
    {
        var node = root;
        foreach (var name in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.Number ? node.GetDouble() : null;
    }
}
