using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// The Docker Engine REST API (as served by Docker and by podman's compatible service) over plain HTTP,
/// through a unix socket or TCP. Only the calls the harness needs.
/// </summary>
public sealed class EngineApiClient : IDisposable
{
    public const string ApiVersion = "v1.41";
    private readonly HttpClient _http;

    public EngineApiClient(EngineEndpoint endpoint)
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        if (endpoint.SocketPath is { } socketPath)
        {
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        var root = endpoint.TcpAddress ?? new Uri("http://engine/");
        _http = new HttpClient(handler) { BaseAddress = new Uri(root, ApiVersion + "/"), Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <returns>The JSON answer, or an undefined element when the engine answered with no JSON (204, <c>_ping</c>'s OK).</returns>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken, params HttpStatusCode[] alsoFine)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: EngineJson.Options);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode && !alsoFine.Contains(response.StatusCode))
        {
            throw new EngineApiException(method, path, response.StatusCode, text);
        }

        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;
        return isJson && text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }

    /// <summary>A response body to read as it arrives (logs with follow, stats with stream).</summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken)
    {
        var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new EngineApiException(HttpMethod.Get, path, response.StatusCode, text);
        }

        return response;
    }

    public void Dispose() => _http.Dispose();
}
