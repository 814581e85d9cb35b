using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Servers.Containers;

namespace BenchHarness.IntegrationTests;

/// <summary>A container that outgrows its memory limit is killed by the kernel; the variant records that as OOM, not as a plain exit.</summary>
public sealed class ContainerOomSpecs(PodmanService podman) : IClassFixture<PodmanService>, IDisposable
{
    private readonly string _results = TestAssets.TempFolder("bench-oom");

    [Fact]
    public async Task A_server_past_its_containers_memory_limit_is_a_failed_variant_recorded_as_oom()
    {
        // A 64k context's KV cache (about 512 MiB for the test model) is written while loading: far past 96 MiB.
        var launch = ContainerPlans.Launch() with { Memory = "96m" };
        launch = launch with { ServerArgs = [.. launch.ServerArgs.Select(a => a == "2048" ? "65536" : a)] };

        var run = await new RunPipeline(new RunOptions { ResultsRoot = _results, EngineSocket = $"unix://{podman.Socket}" })
            .RunAsync(ContainerPlans.Plan("oom", launch, cases: 1), CancellationToken.None);

        var variant = run.Variants.Single();
        Assert.Equal(VariantStatus.Failed, variant.Status);
        Assert.Contains("killed for lack of memory (OOM)", variant.Failure);
        Assert.Empty(await ContainerCleanup.ListAsync(podman.Engine, run.RunId, CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);
}
