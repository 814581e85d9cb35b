using System.Net.Sockets;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Asks a container engine's API whether it is there (<c>GET /_ping</c>) before a run starts anything, so a
/// missing socket is a clear configuration error instead of a failure in the middle of the run. Independent of
/// the client the launcher uses: it needs only the resolved endpoint.
/// </summary>
public static class EngineProbe
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Null when the engine answered its ping; otherwise why it could not be reached.</summary>
    public static async Task<string?> ProblemAsync(EngineEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (endpoint.SocketPath is { } path && !File.Exists(path))
        {
            return "no such socket";
        }

        using var handler = new SocketsHttpHandler();
        if (endpoint.SocketPath is { } socketPath)
        {
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        using var http = new HttpClient(handler) { BaseAddress = endpoint.TcpAddress ?? new Uri("http://engine/"), Timeout = timeout };
        try
        {
            using var response = await http.GetAsync("_ping", cancellationToken);
            return response.IsSuccessStatusCode ? null : $"it answered its ping with HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return e.InnerException is SocketException socket ? socket.Message : e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {timeout.TotalSeconds:0.#} s";
        }
    }
}
