using BenchHarness.Servers.Ownership;
using BenchHarness.Servers.Processes;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// A llama-server container. While it runs the engine is only asked for its log stream: the exit is watched
/// and CPU/RSS are read through /proc of its main process when the engine runs on this machine. Stopping
/// stops (SIGTERM, then the engine's kill after the grace period) and force-removes it.
/// </summary>
internal sealed class ContainerServer : IRunningServer
{
    private const int StopGraceSeconds = 10;
    private readonly IDockerClient _engine;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Task _logPump;
    private readonly Func<CancellationToken, Task<ResourceReading>> _readResources;
    private int _removed;

    public ContainerServer(IDockerClient engine, string id, ServerStart start, ProcessIdentity? mainProcess)
    {
        _engine = engine;
        Id = id;
        Log = start.Log;
        BaseAddress = new Uri($"http://127.0.0.1:{start.Launch.HostPort}/");
        _logPump = ContainerLogPump.RunAsync(engine, id, Log, _lifetime.Token);
        Exited = ExitAsync(mainProcess, _lifetime.Token);
        if (mainProcess is not null)
        {
            var tree = new ProcessTreeStats(mainProcess.Pid);
            _readResources = _ => Task.FromResult(tree.Read());
        }
        else
        {
            var stats = new ContainerStats(engine, id);
            _readResources = stats.ReadAsync;
        }
    }

    public Uri BaseAddress { get; }
    public ServerLog Log { get; }
    public Task<ServerExit> Exited { get; }
    public string Id { get; }

    public Task<ResourceReading> ReadResourcesAsync(CancellationToken cancellationToken) => _readResources(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!Exited.IsCompleted)
        {
            try
            {
                await _engine.Containers.StopContainerAsync(Id, new ContainerStopParameters { WaitBeforeKillSeconds = StopGraceSeconds }, cancellationToken);
                await Exited.WaitAsync(TimeSpan.FromSeconds(StopGraceSeconds + 5), cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException or DockerApiException)
            {
                // the force-remove below ends it
            }
        }

        await RemoveOnceAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(CancellationToken.None);
        }
        finally
        {
            await RemoveOnceAsync();
            await _lifetime.CancelAsync();
            await Task.WhenAll(_logPump, Exited).ContinueWith(_ => { }, TaskScheduler.Default);
            _lifetime.Dispose();
        }
    }

    private async Task<ServerExit> ExitAsync(ProcessIdentity? mainProcess, CancellationToken cancellationToken)
    {
        var exit = await ContainerExitWatch.WaitAsync(_engine, Id, mainProcess, cancellationToken);

        // The log stream ends with the container; let its last lines (the reason it exited) reach the log first.
        await _logPump.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        return exit;
    }

    private async Task RemoveOnceAsync()
    {
        if (Interlocked.Exchange(ref _removed, 1) == 0)
        {
            await ContainerCleanup.RemoveAsync(_engine, Id);
        }
    }
}
