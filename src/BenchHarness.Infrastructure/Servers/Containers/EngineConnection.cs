using System.Net.Sockets;
using Docker.DotNet;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Opens a Docker.DotNet client on an endpoint and pings it, so a missing engine is reported before any server
/// starts. The ping has a limit of its own: a socket whose listener never answers must not hang a run.
/// </summary>
public static class EngineConnection
{
    public static readonly TimeSpan PingLimit = TimeSpan.FromSeconds(10);

    public static async Task<DockerClient> OpenAsync(EngineEndpoint endpoint, CancellationToken cancellationToken) =>
        await OpenAsync(endpoint, PingLimit, cancellationToken);

    public static async Task<DockerClient> OpenAsync(EngineEndpoint endpoint, TimeSpan pingLimit, CancellationToken cancellationToken)
    {
        if (endpoint.SocketPath is { } path && !File.Exists(path))
        {
            throw new EngineUnavailableException($"the container engine socket {path} does not exist. {EngineUnavailableException.HowToStart(path)}");
        }

        var client = new DockerClientConfiguration(endpoint.ToUri()).CreateClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(pingLimit);
        try
        {
            await client.System.PingAsync(limit.Token);
            return client;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new EngineUnavailableException(
                $"the container engine at {endpoint} gave no answer within {pingLimit.TotalSeconds:0.#} s. {EngineUnavailableException.HowToStart(endpoint.SocketPath ?? EngineEndpoint.DefaultSockets[0])}");
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or DockerApiException or TimeoutException)
        {
            client.Dispose();
            throw new EngineUnavailableException(
                $"the container engine at {endpoint} does not answer ({e.Message}). {EngineUnavailableException.HowToStart(endpoint.SocketPath ?? EngineEndpoint.DefaultSockets[0])}", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
