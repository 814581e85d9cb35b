using System.Net.Sockets;
using Docker.DotNet;

namespace BenchHarness.Servers.Containers;

/// <summary>Opens a Docker.DotNet client on an endpoint and pings it, so a missing engine is reported before any server starts.</summary>
public static class EngineConnection
{
    public static async Task<DockerClient> OpenAsync(EngineEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.SocketPath is { } path && !File.Exists(path))
        {
            throw new EngineUnavailableException($"the container engine socket {path} does not exist. {EngineUnavailableException.HowToStart(path)}");
        }

        var client = new DockerClientConfiguration(endpoint.ToUri()).CreateClient();
        try
        {
            await client.System.PingAsync(cancellationToken);
            return client;
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
