using BenchHarness.Servers.Ownership;
using Docker.DotNet;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// The container's main process as this machine sees it, when the engine runs here: inspect's State.Pid, accepted
/// only if that process's cgroup names the container (so a remote engine's pid is never read from our /proc).
/// </summary>
internal static class ContainerProcess
{
    public static async Task<ProcessIdentity?> FindAsync(IDockerClient engine, string id, CancellationToken cancellationToken)
    {
        var state = (await engine.Containers.InspectContainerAsync(id, cancellationToken)).State;
        if (state.Pid <= 0 || state.Pid > int.MaxValue)
        {
            return null;
        }

        var pid = (int)state.Pid;
        try
        {
            if (!(await File.ReadAllTextAsync($"/proc/{pid}/cgroup", cancellationToken)).Contains(id, StringComparison.Ordinal))
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return ProcessIdentity.Of(pid);
    }
}
