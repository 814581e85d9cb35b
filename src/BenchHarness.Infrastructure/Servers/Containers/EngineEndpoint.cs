namespace BenchHarness.Servers.Containers;

/// <summary>
/// Where the container engine's API listens: a unix socket or a TCP address. Chosen from --engine-socket,
/// then DOCKER_HOST, then the first default socket that exists (podman's, then Docker's).
/// </summary>
public sealed record EngineEndpoint(string? SocketPath, Uri? TcpAddress)
{
    public static readonly string[] DefaultSockets = ["/run/podman/podman.sock", "/var/run/docker.sock"];

    public static EngineEndpoint Resolve(string? option, string? dockerHost)
    {
        var chosen = option ?? dockerHost ?? DefaultSockets.FirstOrDefault(File.Exists)
            ?? throw new EngineUnavailableException(
                $"no container engine socket found (tried {string.Join(", ", DefaultSockets)}). {EngineUnavailableException.HowToStart(DefaultSockets[0])}");
        return Parse(chosen);
    }

    /// <summary>Accepts <c>unix:///path</c>, a bare path, <c>tcp://host:port</c> or <c>http://host:port</c>.</summary>
    public static EngineEndpoint Parse(string text)
    {
        if (text.StartsWith("unix://", StringComparison.Ordinal))
        {
            return new EngineEndpoint(text["unix://".Length..], null);
        }

        if (text.StartsWith("tcp://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal))
        {
            return new EngineEndpoint(null, new Uri("http://" + text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/') + "/"));
        }

        return new EngineEndpoint(text, null);
    }

    /// <summary>The address as Docker.DotNet takes it.</summary>
    public Uri ToUri() => SocketPath is not null ? new Uri("unix://" + SocketPath) : TcpAddress!;

    public override string ToString() => SocketPath is not null ? $"unix://{SocketPath}" : TcpAddress!.ToString();
}
