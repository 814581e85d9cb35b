using System.Diagnostics;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// A server that started and answered as ready: its launch (with the port it got), the client that reaches it and
/// what it said about itself. Disposing stops and removes it.
/// </summary>
internal sealed class StartedServer(
    IRunningServer server, RpcDeviceSet rpc, HttpClient http, ServerLaunch launch, Stopwatch sinceLaunch, TimeSpan loaded, ServerBuild build)
    : IAsyncDisposable
{
    public IRunningServer Server => server;
    public HttpClient Http => http;

    /// <summary>The launch as started: the port it got, the log verbosity it was given.</summary>
    public ServerLaunch Launch => launch;
    public Stopwatch SinceLaunch => sinceLaunch;

    /// <summary>
    /// Starts <paramref name="launch"/> (a free port when it says auto; buffer sizes logged, see <see cref="BufferLogging"/>)
    /// after the RPC devices it declares, and waits until it is ready.
    /// </summary>
    public static async Task<StartedServer> StartAsync(
        string name, ServerLaunch launch, ServerLog log, VariantContext context, Action<string>? onStatus, CancellationToken cancellationToken)
    {
        launch = BufferLogging.Enable(launch.AutoPort ? launch.WithPort(Net.LoopbackPort.Free()) : launch);
        onStatus?.Invoke($"{name}: starting {launch.Engine.ToString().ToLowerInvariant()} server on port {launch.HostPort}");
        var sinceLaunch = Stopwatch.StartNew();
        var start = new ServerStart(name, context.Recorder.Current.RunId, launch, log, context.Recorder.RunFolder);
        var rpc = await RpcDeviceSet.StartAsync(start, cancellationToken);
        IRunningServer server;
        try
        {
            server = await context.Launchers.For(launch.Engine).LaunchAsync(start, cancellationToken);
        }
        catch
        {
            await rpc.DisposeAsync();
            throw;
        }

        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var loaded = await ReadinessProbe.WaitAsync(server, http, launch.StartupTimeout, sinceLaunch, cancellationToken);
            var build = await ServerProps.ReadAsync(http, cancellationToken);
            onStatus?.Invoke($"{name}: ready in {loaded.TotalSeconds:0.0} s ({build.BuildInfo})");
            return new StartedServer(server, rpc, http, launch, sinceLaunch, loaded, build);
        }
        catch
        {
            http.Dispose();
            await server.DisposeAsync();
            await rpc.DisposeAsync();
            throw;
        }
    }

    /// <summary>What a variant records of its server once it is ready.</summary>
    public VariantResult Describe(VariantResult variant, ServerLog log) => variant with
    {
        Launch = LaunchRedactor.Record(launch),
        LoadMs = loaded.TotalMilliseconds,
        Build = build,
        Startup = log.Report.Startup,
    };

    /// <summary>Stops and removes the server, then its RPC devices.</summary>
    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
        await rpc.DisposeAsync();
    }
}
