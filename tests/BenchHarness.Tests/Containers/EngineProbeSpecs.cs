using System.Net.Sockets;
using BenchHarness.Servers.Containers;

namespace BenchHarness.Tests.Containers;

/// <summary>The engine ping a run makes before starting anything, against real sockets that do not answer.</summary>
public sealed class EngineProbeSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("engine-probe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_socket_path_that_does_not_exist_is_named_as_such()
    {
        var endpoint = EngineEndpoint.Parse("unix://" + Path.Combine(_folder, "podman.sock"));

        Assert.Equal("no such socket", await EngineProbe.ProblemAsync(endpoint, EngineProbe.DefaultTimeout, CancellationToken.None));
    }

    [Fact]
    public async Task A_socket_file_nobody_listens_on_is_refused()
    {
        // Bound but not listening: what a socket left by a stopped service gives a client.
        var path = Path.Combine(_folder, "stale.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var problem = await EngineProbe.ProblemAsync(EngineEndpoint.Parse(path), EngineProbe.DefaultTimeout, CancellationToken.None);

        Assert.Contains("refused", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_listener_that_never_answers_times_out_with_the_wait_named()
    {
        var path = Path.Combine(_folder, "silent.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen();

        var problem = await EngineProbe.ProblemAsync(EngineEndpoint.Parse(path), TimeSpan.FromMilliseconds(300), CancellationToken.None);

        Assert.Equal("no answer within 0.3 s", problem);
    }
}
