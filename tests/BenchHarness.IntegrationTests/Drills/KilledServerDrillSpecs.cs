using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Drills;

/// <summary>A server killed with SIGKILL once ready: its variant fails with the exit and the log's tail, and the sweep goes on.</summary>
public sealed class KilledServerDrillSpecs
{
    [Fact]
    public async Task A_server_killed_mid_run_fails_its_variant_and_the_next_variant_runs()
    {
        var results = TestAssets.TempFolder("bench-killed-server");
        var victim = TestPlans.Variant("victim");
        var next = TestPlans.Variant("next");
        var port = victim.Launch.HostPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var killed = new List<int>();
        var pipeline = new RunPipeline(new RunOptions { ResultsRoot = results }, line =>
        {
            if (line.StartsWith("victim: ready", StringComparison.Ordinal))
            {
                killed.AddRange(ProcessTable.WithArgument(port));
                killed.ForEach(pid => PosixSignals.Send(pid, PosixSignals.Kill));
            }
        });
        var cases = new[] { "victim", "next" }.SelectMany(v => new[] { TestPlans.Case(v, "weather", null, 1), TestPlans.Case(v, "weather", null, 2) });

        var run = await pipeline.RunAsync(TestPlans.Plan("killed-server", [victim, next], cases), CancellationToken.None);

        Assert.Single(killed);
        var failed = run.Variants.Single(v => v.Name == "victim");
        Assert.Equal(VariantStatus.Failed, failed.Status);
        Assert.Contains("the server exited", failed.Failure);
        Assert.DoesNotContain(failed.Samples, s => s.Error is null);
        Assert.Equal(VariantStatus.Completed, run.Variants.Single(v => v.Name == "next").Status);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Empty(ProcessTable.WithArgument(port));
        Directory.Delete(results, recursive: true);
    }
}
