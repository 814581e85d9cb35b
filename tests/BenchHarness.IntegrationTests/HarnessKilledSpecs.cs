using System.Globalization;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Servers;
using BenchHarness.Servers.Containers;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// A harness killed with SIGKILL cannot stop its server; the next start-up's reaper removes it, and only it:
/// a live run's server is kept.
/// </summary>
public sealed class HarnessKilledSpecs(PodmanService podman) : IClassFixture<PodmanService>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _folder = TestAssets.TempFolder("bench-harness-killed");

    [Fact]
    public async Task A_killed_harness_leaves_a_process_server_the_reaper_removes_while_a_live_runs_server_is_kept()
    {
        var killedPort = TestAssets.FreePort();
        var livePort = TestAssets.FreePort();
        var killedResults = Path.Combine(_folder, "killed");
        var liveResults = Path.Combine(_folder, "live");
        await using var killed = Harness(await ProcessScenarioAsync("killed", killedPort), killedResults);
        await using var live = Harness(await ProcessScenarioAsync("live", livePort), liveResults);
        var killedServer = await ServerOfAsync(killedResults, killedPort);
        var liveServer = await ServerOfAsync(liveResults, livePort);

        await KillHardAsync(killed);
        Assert.True(killedServer.Server.IsAlive(), "the killed harness's server outlives it");

        var reapedKilled = await ServerReaper.ReapAsync(killedResults, null, CancellationToken.None);
        var reapedLive = await ServerReaper.ReapAsync(liveResults, null, CancellationToken.None);

        Assert.Equal([killedServer.Owner.RunId], reapedKilled);
        await Eventually.TrueAsync(() => !killedServer.Server.IsAlive(), TimeSpan.FromSeconds(10), "the left-over server's end");
        Assert.Empty(reapedLive);
        Assert.True(liveServer.Server.IsAlive());
        Assert.True(await Eventually.AnswersHealthAsync(livePort), "the live run's server still answers");

        await KillHardAsync(live);
        Assert.Equal([liveServer.Owner.RunId], await ServerReaper.ReapAsync(liveResults, null, CancellationToken.None));
        await Eventually.TrueAsync(() => !liveServer.Server.IsAlive(), TimeSpan.FromSeconds(10), "the second left-over server's end");
    }

    [Fact]
    public async Task A_killed_harness_leaves_a_container_the_reaper_removes_while_a_live_runs_container_is_kept()
    {
        var port = TestAssets.FreePort();
        var results = Path.Combine(_folder, "killed");
        await using var liveLog = new ServerLog(Path.Combine(_folder, "live.log"));
        await using var liveServer = await new ContainerLauncher(podman.Engine)
            .LaunchAsync(new ServerStart("live", "live-run", ContainerPlans.Launch(), liveLog), CancellationToken.None);
        await using var killed = Harness(await ContainerScenarioAsync("killed", port), results, "--engine-socket", podman.Socket);
        await Eventually.TrueAsync(() => Eventually.AnswersHealthAsync(port), Patience, "the killed harness's container server answering /health");
        var runId = Path.GetFileName(Directory.GetDirectories(results).Single());

        await KillHardAsync(killed);
        Assert.NotEmpty(await ContainerCleanup.ListAsync(podman.Engine, runId, CancellationToken.None)); // it outlives the harness

        var reaped = await ServerReaper.ReapAsync(results, podman.Engine, CancellationToken.None);

        Assert.Equal([runId], reaped);
        Assert.Empty(await ContainerCleanup.ListAsync(podman.Engine, runId, CancellationToken.None));
        Assert.NotEmpty(await ContainerCleanup.ListAsync(podman.Engine, "live-run", CancellationToken.None));
        Assert.False(liveServer.Exited.IsCompleted);
    }

    public void Dispose()
    {
        ServerReaper.ReapAsync(_folder, null, CancellationToken.None).GetAwaiter().GetResult(); // whatever a failed assertion left
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The real <c>bench run</c> in the background. These drills run harnesses side by side on purpose: each gets a machine lock of its own.</summary>
    private static BenchProcess Harness(string scenario, string results, params string[] more) =>
        BenchProcess.Start(
            new Dictionary<string, string> { ["BENCH_MACHINE_LOCK"] = results + ".machine.lock" },
            ["run", scenario, "--no-db", "--results", results, .. more]);

    /// <summary>SIGKILL: no handler runs, nothing is cleaned up.</summary>
    private static async Task KillHardAsync(BenchProcess harness)
    {
        harness.KillWithoutWarning();
        await harness.WaitForExitAsync();
    }

    /// <summary>The pid file the harness wrote for its server, once that server answers /health.</summary>
    private static async Task<ServerPidFile> ServerOfAsync(string results, int port)
    {
        var file = await Eventually.ValueAsync(
            () => Task.FromResult(Directory.Exists(results)
                ? Directory.GetFiles(results, "*" + ServerPidFile.Extension, SearchOption.AllDirectories).Select(ServerPidFile.TryRead).FirstOrDefault(f => f is not null)
                : null),
            Patience, "the server's pid file");
        await Eventually.TrueAsync(() => Eventually.AnswersHealthAsync(port), Patience, "the server answering /health");
        return file;
    }

    private Task<string> ProcessScenarioAsync(string name, int port) => ScenarioAsync(name, $"""
        server:
          engine: process
          binary: {TestAssets.LlamaServer}
          model: {TestAssets.Model}
          host: 127.0.0.1
          port: {Port(port)}
          args: [-c, 2048, -t, 1, -np, 1]
        """);

    private Task<string> ContainerScenarioAsync(string name, int port) => ScenarioAsync(name, $"""
        server:
          engine: podman
          image: {TestAssets.Image}
          model: {ContainerPlans.ModelInContainer}
          volumes: ["{Path.GetDirectoryName(TestAssets.Model)}:/models:ro"]
          network: host
          host: 127.0.0.1
          port: {Port(port)}
          startup_timeout: 2m
          args: [-c, 2048, -t, 1, -np, 1]
        """);

    /// <summary>Many requests, so the run is still measuring when it is killed.</summary>
    private async Task<string> ScenarioAsync(string name, string server)
    {
        var path = Path.Combine(_folder, name + ".yaml");
        await File.WriteAllTextAsync(path, $"""
            name: {name}
            {server}
            prompts:
              - name: p
                messages: [{"{"}role: user, content: "Count to ten."{"}"}]
                max_tokens: 32
            repeats: 500
            """);
        return path;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
