using System.Net;
using System.Text.Json;

namespace BenchHarness.Servers.Containers;

/// <summary>Removes harness containers: one by id, or every one a killed run left behind (found by label).</summary>
public static class ContainerCleanup
{
    /// <summary>Force-removes the container; never throws for one that is already gone. Not cancellable: cleanup must finish.</summary>
    public static async Task RemoveAsync(EngineApiClient engine, string id)
    {
        await engine.SendAsync(HttpMethod.Delete, $"containers/{id}?force=true&v=true", null, CancellationToken.None, HttpStatusCode.NotFound);
    }

    /// <summary>Ids of containers (running or not) carrying <c>benchharness=1</c>, optionally only of one run.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(EngineApiClient engine, string? runId, CancellationToken cancellationToken)
    {
        var labels = new List<string> { $"{ContainerSpec.HarnessLabel}=1" };
        if (runId is not null)
        {
            labels.Add($"{ContainerSpec.RunLabel}={runId}");
        }

        var filters = JsonSerializer.Serialize(new Dictionary<string, List<string>> { ["label"] = labels });
        var list = await engine.SendAsync(HttpMethod.Get, $"containers/json?all=true&filters={Uri.EscapeDataString(filters)}", null, cancellationToken);
        return list.EnumerateArray().Select(c => c.GetProperty("Id").GetString()!).ToArray();
    }

    /// <summary>Removes what a killed run left; returns how many containers were removed.</summary>
    public static async Task<int> RemoveLeftoversAsync(EngineApiClient engine, CancellationToken cancellationToken)
    {
        var ids = await ListAsync(engine, null, cancellationToken);
        foreach (var id in ids)
        {
            await RemoveAsync(engine, id);
        }

        return ids.Count;
    }
}
