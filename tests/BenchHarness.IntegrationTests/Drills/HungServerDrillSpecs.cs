using BenchHarness.IntegrationTests.Support;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Drills;

/// <summary>
/// A server frozen with SIGSTOP right after it became ready: its request outlives its limit, the sample fails
/// with the reason, the server is stopped, and the sweep goes on to the next variant.
/// </summary>
public sealed class HungServerDrillSpecs : IAsyncLifetime
{
    private readonly string _results = TestAssets.TempFolder("bench-hung");
    private readonly List<int> _frozen = [];
    private RunResult _run = null!;
    private VariantPlan _hung = null!;

    public async Task InitializeAsync()
    {
        _hung = TestPlans.Variant("hung");
        var healthy = TestPlans.Variant("healthy");
        var cases = new[]
        {
            TestPlans.Case("hung", "weather", null, 1) with { TimeLimit = TimeSpan.FromSeconds(5) },
            TestPlans.Case("hung", "weather", null, 2) with { TimeLimit = TimeSpan.FromSeconds(5) },
            TestPlans.Case("healthy", "weather", null, 1),
            TestPlans.Case("healthy", "weather", null, 2),
        };
        var pipeline = new RunPipeline(new RunOptions { ResultsRoot = _results }, line =>
        {
            // Called by the runner before it sends the variant's first request.
            if (line.StartsWith("hung: ready", StringComparison.Ordinal))
            {
                _frozen.AddRange(ProcessTable.WithArgument(Port(_hung)));
                _frozen.ForEach(pid => PosixSignals.Send(pid, PosixSignals.Stop));
            }
        });
        _run = await pipeline.RunAsync(TestPlans.Plan("hung-drill", [_hung, healthy], cases), CancellationToken.None);
    }

    [Fact]
    public void The_stalled_request_fails_its_sample_with_the_reason()
    {
        var hung = _run.Variants.Single(v => v.Name == "hung");

        Assert.Single(_frozen);
        var sample = Assert.Single(hung.Samples);
        Assert.Contains("exceeded its time limit of 5s", sample.Error);
        Assert.Equal(0, sample.GeneratedTokens);
        Assert.Equal(VariantStatus.Failed, hung.Status);
        Assert.Contains("time limit", hung.Failure);
    }

    [Fact]
    public void The_hung_server_is_stopped_and_nothing_is_left_running()
    {
        Assert.Empty(ProcessTable.WithArgument(Port(_hung)));
        Assert.DoesNotContain(_frozen, ProcessTable.IsLive);
    }

    [Fact]
    public void The_sweep_goes_on_and_the_run_says_it_failed()
    {
        var healthy = _run.Variants.Single(v => v.Name == "healthy");

        Assert.Equal(VariantStatus.Completed, healthy.Status);
        Assert.Equal(2, healthy.Samples.Count(s => s.Error is null && s.GeneratedTokens > 0));
        Assert.Equal(RunStatus.Failed, _run.Status);
    }

    public Task DisposeAsync()
    {
        foreach (var pid in _frozen.Where(ProcessTable.IsLive))
        {
            PosixSignals.Send(pid, PosixSignals.Kill);
        }

        Directory.Delete(_results, recursive: true);
        return Task.CompletedTask;
    }

    private static string Port(VariantPlan variant) => variant.Launch.HostPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
