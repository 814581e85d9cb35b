using System.Net.Sockets;
using System.Text.RegularExpressions;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Sweeps;

/// <summary>
/// Co-resident servers against the real llama-server: an orchestrator and a worker started together, each measured
/// alone and while the other serves load, and both gone at the end.
/// </summary>
public sealed partial class CoResidentSpecs(CoResidentFixture layout) : IClassFixture<CoResidentFixture>
{
    private static readonly string[] Plans = ["orchestrator", "orchestrator@worker", "orchestrator+loaded", "orchestrator@worker+loaded"];

    [Fact]
    public void Each_server_of_the_layout_is_measured_alone_and_under_load()
    {
        Assert.True(layout.ExitCode == 0, layout.Error);
        Assert.Equal(Plans, layout.Run.Variants.Select(v => v.Name));
        Assert.All(layout.Run.Variants, v =>
        {
            Assert.Equal(VariantStatus.Completed, v.Status);
            Assert.Equal(2, v.Samples.Count(s => !s.Warmup && s.Error is null && s.GenerationTokensPerSecond > 0));
            Assert.Equal(["orchestrator", "worker"], v.Layout!.Servers);
        });
        Assert.Contains("--parallel 2", string.Join(' ', layout.Variant("orchestrator@worker").Launch.ServerArgs), StringComparison.Ordinal);
    }

    [Fact]
    public void The_servers_run_together_and_a_role_keeps_one_server_and_log_for_both_measurements()
    {
        var orchestrator = layout.Variant("orchestrator");
        var worker = layout.Variant("orchestrator@worker");
        Assert.NotEqual(orchestrator.Launch.HostPort, worker.Launch.HostPort);
        Assert.Equal(orchestrator.LogFile, layout.Variant("orchestrator+loaded").LogFile);
        Assert.Equal(worker.LogFile, layout.Variant("orchestrator@worker+loaded").LogFile);
        Assert.Equal(orchestrator.Launch.HostPort, layout.Variant("orchestrator+loaded").Launch.HostPort);

        // Each server started once: one model load in each log.
        Assert.Single(ModelLoaded().Matches(layout.Log("orchestrator")));
        Assert.Single(ModelLoaded().Matches(layout.Log("orchestrator@worker")));
    }

    [Fact]
    public void Under_load_every_measured_request_ran_while_the_other_server_was_generating()
    {
        foreach (var name in new[] { "orchestrator+loaded", "orchestrator@worker+loaded" })
        {
            var record = layout.Variant(name).Layout!;
            Assert.True(record.UnderLoad);
            Assert.Equal(0, record.LoadRequestsFailed);
            Assert.All(layout.Variant(name).Samples.Where(s => !s.Warmup), s =>
            {
                Assert.InRange(s.At, record.LoadStartedAt!.Value, record.LoadStoppedAt!.Value);
                Assert.InRange(s.At.AddMilliseconds(s.WallMs!.Value), record.LoadStartedAt!.Value, record.LoadStoppedAt!.Value);
            });
        }

        Assert.All(new[] { "orchestrator", "orchestrator@worker" }, name => Assert.Null(layout.Variant(name).Layout!.LoadStartedAt));

        // The load reached the servers: the worker's two lanes and the orchestrator's one, beyond the measured requests.
        const int measuredPerRole = 1 + 2 + 2; // alone: a warm-up and two repeats; under load: two repeats
        Assert.True(TasksLaunched(layout.Log("orchestrator@worker")) >= measuredPerRole + 2);
        Assert.True(TasksLaunched(layout.Log("orchestrator")) >= measuredPerRole + 1);
    }

    [Fact]
    public void Both_servers_are_stopped_and_their_ports_closed_after_the_run()
    {
        foreach (var name in new[] { "orchestrator", "orchestrator@worker" })
        {
            using var client = new TcpClient();
            Assert.ThrowsAny<SocketException>(() => client.Connect("127.0.0.1", layout.Variant(name).Launch.HostPort));
        }
    }

    private static int TasksLaunched(string log) => LaunchLine().Matches(log).Count;

    [GeneratedRegex(@"slot\s+launch_slot_: id\s+\d+")]
    private static partial Regex LaunchLine();

    [GeneratedRegex(@"srv\s+\S+: model loaded\s*$", RegexOptions.Multiline)]
    private static partial Regex ModelLoaded();
}
