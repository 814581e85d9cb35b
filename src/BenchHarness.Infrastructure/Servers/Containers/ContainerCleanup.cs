using Docker.DotNet;
using Docker.DotNet.Models;

namespace BenchHarness.Servers.Containers;

/// <summary>Finds the harness's containers by label and force-removes one by id or name.</summary>
public static class ContainerCleanup
{
    /// <summary>Force-removes the container; never throws for one that is already gone. Not cancellable: cleanup must finish.</summary>
    public static async Task RemoveAsync(IDockerClient engine, string idOrName)
    {
        try
        {
            await engine.Containers.RemoveContainerAsync(idOrName, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, CancellationToken.None);
        }
        catch (DockerContainerNotFoundException)
        {
            // already gone
        }
    }

    /// <summary>Containers (running or not) carrying <c>benchharness=1</c>, optionally only of one run.</summary>
    public static async Task<IList<ContainerListResponse>> ListAsync(IDockerClient engine, string? runId, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, bool> { [$"{ContainerLabels.Harness}=1"] = true };
        if (runId is not null)
        {
            labels[$"{ContainerLabels.Run}={runId}"] = true;
        }

        return await engine.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = labels },
        }, cancellationToken);
    }
}
