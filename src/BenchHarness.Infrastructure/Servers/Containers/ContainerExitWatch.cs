using BenchHarness.Servers.Ownership;
using BenchHarness.Servers.Processes;
using Docker.DotNet;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Learns how a container ended without an engine call while it runs: its main process is watched through a
/// pidfd, then the engine is asked once (inspect) for the exit code and the OOM kill, and the cgroup's own OOM count
/// is read (see <see cref="CgroupOomCounter"/>). Holding the engine's
/// <c>POST /containers/{id}/wait</c> open instead cost podman's API service about 0.9 of a core for as long as
/// the container ran; that long call is kept only for a remote engine, whose processes are not visible here.
/// </summary>
internal static class ContainerExitWatch
{
    private static readonly TimeSpan InspectPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StateSettle = TimeSpan.FromSeconds(10);

    public static async Task<ServerExit> WaitAsync(IDockerClient engine, string id, ProcessIdentity? mainProcess, CancellationToken cancellationToken)
    {
        // The main process's memory cgroup is the container's own (ContainerProcess checked that it names the
        // container), and a new cgroup starts at no OOM kill: any kill counted there is this container's, even one
        // that came before this watch began (a server can outgrow a small limit within moments of its start).
        var oomCounter = mainProcess is null ? null : CgroupOomCounter.Of(mainProcess.Pid);
        long? oomKillsAfter = null;
        if (mainProcess is not null)
        {
            await ProcessExitWatch.WaitAsync(mainProcess, cancellationToken);
            oomKillsAfter = oomCounter?.Read();
        }
        else
        {
            await engine.Containers.WaitContainerAsync(id, cancellationToken);
        }

        var exit = await ReadExitAsync(engine, id, cancellationToken);
        return oomKillsAfter > 0 ? exit with { OomKilled = true } : exit;
    }

    /// <summary>The engine records the exit a moment after the process ends: inspect until it no longer says running.</summary>
    private static async Task<ServerExit> ReadExitAsync(IDockerClient engine, string id, CancellationToken cancellationToken)
    {
        var settle = DateTimeOffset.UtcNow + StateSettle;
        while (true)
        {
            try
            {
                var state = (await engine.Containers.InspectContainerAsync(id, cancellationToken)).State;
                if (!state.Running || DateTimeOffset.UtcNow > settle)
                {
                    return new ServerExit(state.Running ? null : (int)state.ExitCode, state.OOMKilled);
                }
            }
            catch (DockerContainerNotFoundException)
            {
                return new ServerExit(null, OomKilled: false); // removed already
            }

            await Task.Delay(InspectPause, cancellationToken);
        }
    }
}
