using System.Net.Sockets;
using BenchHarness.Servers.Containers;

namespace BenchHarness.Tests.Containers;

/// <summary>The engine ping a run makes before it starts anything never hangs on a socket whose listener never answers.</summary>
public sealed class EngineConnectionSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("engine-connection-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_listener_that_never_answers_is_unavailable_once_the_ping_limit_passes()
    {
        var path = Path.Combine(_folder, "silent.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen();

        var error = await Assert.ThrowsAsync<EngineUnavailableException>(
            () => EngineConnection.OpenAsync(EngineEndpoint.Parse(path), TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.StartsWith($"the container engine at unix://{path} gave no answer within 0.3 s", error.Message);
    }
}
