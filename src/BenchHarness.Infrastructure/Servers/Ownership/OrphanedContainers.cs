using BenchHarness.Servers.Containers;
using Docker.DotNet;

namespace BenchHarness.Servers.Ownership;

/// <summary>
/// Containers whose harness died: labelled as the harness's, owned on this machine by a process that no longer
/// runs (or by nobody, from a version that did not label owners). A live owner's container is never touched.
/// </summary>
internal static class OrphanedContainers
{
    /// <returns>The run ids whose left-over containers were removed.</returns>
    public static async Task<IReadOnlyList<string>> ReapAsync(IDockerClient engine, CancellationToken cancellationToken)
    {
        var runs = new List<string>();
        foreach (var container in await ContainerCleanup.ListAsync(engine, null, cancellationToken))
        {
            var labels = container.Labels;
            if (!ContainerLabels.OwnedHere(labels) || ContainerLabels.OwnerOf(labels) is { } owner && owner.Harness.IsAlive())
            {
                continue;
            }

            await ContainerCleanup.RemoveAsync(engine, container.ID);
            if (labels is not null && labels.TryGetValue(ContainerLabels.Run, out var run))
            {
                runs.Add(run);
            }
        }

        return runs;
    }
}
