using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// The container engine must stay idle while a server is measured: its API service competes with llama-server
/// for the same cores. A count of the service's CPU time, not a timing, so it holds on a busy machine.
/// </summary>
public sealed class EngineServiceCpuSpecs(PodmanService podman, ITestOutputHelper output) : IClassFixture<PodmanService>, IDisposable
{
    private const int Cases = 8;
    private readonly string _results = TestAssets.TempFolder("bench-engine-cpu");

    [Fact]
    public async Task The_engine_service_uses_under_5_percent_of_a_core_while_a_container_server_is_measured()
    {
        var plan = ContainerPlans.Plan("engine-cpu", ContainerPlans.Launch(), cases: Cases, maxTokens: 48);
        (long Ticks, DateTimeOffset At)? ready = null;
        (long Ticks, DateTimeOffset At)? measured = null;
        var pipeline = new RunPipeline(new RunOptions { ResultsRoot = _results, EngineSocket = $"unix://{podman.Socket}" }, line =>
        {
            if (line.Contains(": ready in", StringComparison.Ordinal))
            {
                ready = (CpuTicks.Of(podman.ServicePid), DateTimeOffset.UtcNow);
            }
        });
        pipeline.Changed += run =>
        {
            if (measured is null && run.Variants.Any(v => v.Samples.Count == Cases))
            {
                measured = (CpuTicks.Of(podman.ServicePid), DateTimeOffset.UtcNow);
            }
        };

        var run = await pipeline.RunAsync(plan, CancellationToken.None);

        var variant = run.Variants.Single();
        Assert.True(variant.Status == VariantStatus.Completed, variant.Failure);
        Assert.NotEmpty(variant.Resources); // resource sampling was on, as in every run
        var seconds = (measured!.Value.At - ready!.Value.At).TotalSeconds;
        var cores = (measured.Value.Ticks - ready.Value.Ticks) / 100.0 / seconds;
        output.WriteLine($"podman's API service: {measured.Value.Ticks - ready.Value.Ticks} ticks in {seconds:0.0} s = {cores:P1} of a core");
        Assert.True(seconds > 1, $"the measured window was only {seconds:0.00} s");
        Assert.True(cores < 0.05, $"podman's API service used {cores:P1} of a core over {seconds:0.0} s of measured requests");
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);
}
