using System.Diagnostics;
using System.Globalization;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Servers;
using BenchHarness.Servers.Processes;

namespace BenchHarness.IntegrationTests;

public sealed class ProcessLauncherSpecs : IDisposable
{
    private readonly string _folder = TestAssets.TempFolder("bench-process");

    [Fact]
    public async Task Process_launcher_starts_a_server_that_becomes_ready_and_stop_leaves_no_process()
    {
        var port = TestAssets.FreePort();
        await using var log = new ServerLog(Path.Combine(_folder, "server.log"));
        var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", TestPlans.ProcessLaunch(port), log), CancellationToken.None);
        await using (server)
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            var loaded = await ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), Stopwatch.StartNew(), CancellationToken.None);

            Assert.True(loaded > TimeSpan.Zero);
            Assert.Single(ProcessTable.WithArgument(Port(port)));
            var reading = await server.ReadResourcesAsync(CancellationToken.None);
            Assert.True(reading.RssMib > 10, $"rss {reading.RssMib} MiB");
            await server.StopAsync(CancellationToken.None);
        }

        Assert.Empty(ProcessTable.WithArgument(Port(port)));
        Assert.Contains("model loaded", await File.ReadAllTextAsync(log.FilePath), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cancelling_while_the_server_loads_leaves_no_process()
    {
        var port = TestAssets.FreePort();
        await using var log = new ServerLog(Path.Combine(_folder, "cancelled.log"));
        using var cancel = new CancellationTokenSource();
        var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", TestPlans.ProcessLaunch(port), log), cancel.Token);
        await using (server)
        {
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            await log.NextLineAsync(CancellationToken.None); // it is running and writing
            var waiting = ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), Stopwatch.StartNew(), cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }

        Assert.Empty(ProcessTable.WithArgument(Port(port)));
    }

    [Fact]
    public async Task A_server_that_fails_while_starting_fails_readiness_at_once_with_its_log_tail()
    {
        var port = TestAssets.FreePort();
        await using var log = new ServerLog(Path.Combine(_folder, "bad.log"));
        var launch = TestPlans.ProcessLaunch(port) with { ServerArgs = [.. TestPlans.BaseArgs("/nonexistent/model.gguf", port)] };
        await using var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", launch, log), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ServerStartException>(
            () => ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), clock, CancellationToken.None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "it failed at the exit, not at the timeout");
        Assert.Contains("while starting", error.Message); // the exit, or the fatal log line before it
        Assert.Contains("last log lines", error.Message);
        Assert.Contains("/nonexistent/model.gguf", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
