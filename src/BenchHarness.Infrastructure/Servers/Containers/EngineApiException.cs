using System.Net;

namespace BenchHarness.Servers.Containers;

/// <summary>The engine refused a call; the message holds the engine's own explanation.</summary>
public sealed class EngineApiException(HttpMethod method, string path, HttpStatusCode status, string body)
    : Exception($"container engine: {method} /{path} answered {(int)status}: {body.Trim()}")
{
    public HttpStatusCode Status { get; } = status;
}
