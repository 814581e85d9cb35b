namespace BenchHarness.Servers;

/// <summary>
/// A started llama-server. Its log lines flow into <see cref="Log"/> as they are written. Disposing stops
/// and removes it, so every path (success, failure, cancellation) cleans up with <c>await using</c>.
/// </summary>
public interface IRunningServer : IAsyncDisposable
{
    /// <summary>Where the client reaches llama-server, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    Uri BaseAddress { get; }

    ServerLog Log { get; }

    /// <summary>Completes when the server has exited, with how it ended.</summary>
    Task<ServerExit> Exited { get; }

    /// <summary>The server's CPU and memory now; null fields when unknown.</summary>
    Task<ResourceReading> ReadResourcesAsync(CancellationToken cancellationToken);

    /// <summary>Graceful stop (SIGTERM), then a kill after a bounded wait. Safe to call more than once.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
