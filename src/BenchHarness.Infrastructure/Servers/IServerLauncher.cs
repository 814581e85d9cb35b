namespace BenchHarness.Servers;

/// <summary>Starts one llama-server (a process or a container). The returned server is already producing log lines.</summary>
public interface IServerLauncher
{
    Task<IRunningServer> LaunchAsync(ServerStart start, CancellationToken cancellationToken);
}
