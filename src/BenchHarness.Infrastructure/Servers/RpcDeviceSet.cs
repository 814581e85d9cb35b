using System.Net.Sockets;
using BenchHarness.Planning;
using BenchHarness.Servers.Processes;

namespace BenchHarness.Servers;

/// <summary>
/// The rpc-servers of one llama-server, started before it and stopped after it (dispose in every path). Each is a
/// process with its own log and pid file, so a later run reaps it if this harness dies. Ready means its port
/// accepts a connection: rpc-server prints its banner with printf, which a pipe buffers until exit, so the log
/// cannot say when it listens. The probe closes at once: rpc-server serves one client at a time, and a probe
/// held open would keep llama-server waiting on that device.
/// </summary>
public sealed class RpcDeviceSet : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly List<(IRunningServer Server, ServerLog Log)> _servers = [];

    private RpcDeviceSet()
    {
    }

    public static async Task<RpcDeviceSet> StartAsync(ServerStart start, CancellationToken cancellationToken)
    {
        var set = new RpcDeviceSet();
        if (start.Launch.Rpc is not { } rpc)
        {
            return set;
        }

        try
        {
            foreach (var port in rpc.Ports)
            {
                // A listener already there would answer the readiness probe for a server that failed to bind.
                if (await AcceptsAsync(port, cancellationToken))
                {
                    throw new ServerStartException($"port {port} of an RPC device is already in use on {RpcDevices.Host}");
                }

                var name = $"{start.VariantName}.rpc-{port}";
                var log = new ServerLog(Path.Combine(start.RunFolder ?? Path.GetDirectoryName(start.Log.FilePath)!, $"{Running.RunIds.Slug(name)}.log"));
                var launch = start.Launch with { Binary = rpc.Binary, ServerArgs = RpcDevices.ArgumentsFor(port), Rpc = null, HostPort = port, ServerPort = port };
                var server = await new ProcessLauncher().LaunchAsync(start with { VariantName = name, Launch = launch, Log = log }, cancellationToken);
                set._servers.Add((server, log));
                await WaitListeningAsync(server, port, cancellationToken);
            }

            return set;
        }
        catch
        {
            await set.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (server, log) in _servers)
        {
            await server.DisposeAsync();
            await log.DisposeAsync();
        }

        _servers.Clear();
    }

    private static async Task WaitListeningAsync(IRunningServer server, int port, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Patience);
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (!await AcceptsAsync(port, deadline.Token))
            {
                if (server.Exited.IsCompleted)
                {
                    throw new ServerStartException($"rpc-server on port {port} {await server.Exited} while starting.{Tail(server)}");
                }

                await Task.WhenAny(timer.WaitForNextTickAsync(deadline.Token).AsTask(), server.Exited);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServerStartException($"rpc-server on port {port} did not listen within {Patience.TotalSeconds:0} s.{Tail(server)}");
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(RpcDevices.Host, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Tail(IRunningServer server) =>
        server.Log.Tail() is { Length: > 0 } tail ? $" Log:{Environment.NewLine}{tail}" : "";
}
