using BenchHarness.Planning;
using BenchHarness.Servers;
using BenchHarness.Servers.Containers;
using BenchHarness.Servers.Processes;
using Docker.DotNet;

namespace BenchHarness.Running;

/// <summary>The launcher for each engine. The engine connection is opened (and pinged) on first use, so process-only runs need no engine.</summary>
public sealed class LauncherSet(string? engineSocket) : IDisposable
{
    private readonly ProcessLauncher _processes = new();
    private readonly SemaphoreSlim _opening = new(1, 1);
    private DockerClient? _engine;

    /// <summary>The engine client; throws <see cref="EngineUnavailableException"/> with a clear message when it cannot be reached.</summary>
    public async Task<IDockerClient> EngineAsync(CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken);
        try
        {
            return _engine ??= await EngineConnection.OpenAsync(
                EngineEndpoint.Resolve(engineSocket, Environment.GetEnvironmentVariable("DOCKER_HOST")), cancellationToken);
        }
        finally
        {
            _opening.Release();
        }
    }

    public IServerLauncher For(EngineKind engine) =>
        engine == EngineKind.Process ? _processes : new ContainerOnFirstUse(this);

    public void Dispose()
    {
        _engine?.Dispose();
        _opening.Dispose();
    }

    private sealed class ContainerOnFirstUse(LauncherSet set) : IServerLauncher
    {
        public async Task<IRunningServer> LaunchAsync(ServerStart start, CancellationToken cancellationToken) =>
            await new ContainerLauncher(await set.EngineAsync(cancellationToken)).LaunchAsync(start, cancellationToken);
    }
}
