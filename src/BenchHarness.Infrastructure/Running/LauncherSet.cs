using BenchHarness.Planning;
using BenchHarness.Servers;
using BenchHarness.Servers.Containers;
using BenchHarness.Servers.Processes;

namespace BenchHarness.Running;

/// <summary>The launcher for each engine. The Engine API client is made on first use, so process-only runs need no engine.</summary>
public sealed class LauncherSet(string? engineSocket) : IDisposable
{
    private readonly ProcessLauncher _processes = new();
    private EngineApiClient? _engine;

    public bool HasEngine => _engine is not null;

    public EngineApiClient Engine => _engine ??= new EngineApiClient(
        EngineEndpoint.Resolve(engineSocket, Environment.GetEnvironmentVariable("DOCKER_HOST")));

    public IServerLauncher For(EngineKind engine) =>
        engine == EngineKind.Process ? _processes : new ContainerLauncher(Engine);

    public void Dispose() => _engine?.Dispose();
}
