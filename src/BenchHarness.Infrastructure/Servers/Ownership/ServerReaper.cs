using Docker.DotNet;

namespace BenchHarness.Servers.Ownership;

/// <summary>
/// Removes the servers of runs whose harness died (killed, crashed, power lost) and names those runs, so the
/// caller can mark them interrupted. Servers of live runs, this one's or another harness's, are left alone.
/// </summary>
public static class ServerReaper
{
    /// <param name="resultsRoot">Where run folders (and their process servers' pid files) are.</param>
    /// <param name="engine">The container engine, when the caller has one; null skips containers.</param>
    /// <returns>Distinct ids of the runs that had servers left behind, sorted.</returns>
    public static async Task<IReadOnlyList<string>> ReapAsync(string resultsRoot, IDockerClient? engine, CancellationToken cancellationToken)
    {
        var runs = new SortedSet<string>(OrphanedProcesses.Reap(resultsRoot), StringComparer.Ordinal);
        if (engine is not null)
        {
            runs.UnionWith(await OrphanedContainers.ReapAsync(engine, cancellationToken));
        }

        return runs.ToArray();
    }
}
