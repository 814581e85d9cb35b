using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests;

/// <summary>A run's start-up cleanup removes only dead runs' servers: a second run started meanwhile leaves the first's container alone.</summary>
public sealed class ConcurrentContainerRunsSpecs(PodmanService podman) : IClassFixture<PodmanService>, IDisposable
{
    private readonly string _results = TestAssets.TempFolder("bench-concurrent");

    [Fact]
    public async Task A_second_run_starting_while_the_first_measures_leaves_the_first_runs_container_running()
    {
        var secondCleanedUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Pipeline(line =>
        {
            if (line.Contains(": ready in", StringComparison.Ordinal))
            {
                firstReady.TrySetResult();
            }

            // Hold the first run between readiness and its first case until the second run has done its start-up cleanup.
            if (line.Contains("case 1/", StringComparison.Ordinal))
            {
                secondCleanedUp.Task.Wait(TimeSpan.FromMinutes(3));
            }
        });
        var second = Pipeline(line =>
        {
            if (line.Contains("starting podman server", StringComparison.Ordinal))
            {
                secondCleanedUp.TrySetResult();
            }
        });

        var firstRun = Task.Run(() => first.RunAsync(ContainerPlans.Plan("first", ContainerPlans.Launch()), CancellationToken.None));
        await firstReady.Task.WaitAsync(TimeSpan.FromMinutes(3));
        var secondRun = await second.RunAsync(ContainerPlans.Plan("second", ContainerPlans.Launch()), CancellationToken.None);
        var firstResult = await firstRun;

        Assert.True(firstResult.Variants.Single().Status == VariantStatus.Completed, firstResult.Variants.Single().Failure);
        Assert.Equal(2, firstResult.Variants.Single().Samples.Count);
        Assert.True(secondRun.Variants.Single().Status == VariantStatus.Completed, secondRun.Variants.Single().Failure);
        Assert.Empty(second.OrphanedRuns);
        Assert.Empty(await Servers.Containers.ContainerCleanup.ListAsync(podman.Engine, null, CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);

    private RunPipeline Pipeline(Action<string> status) =>
        new(new RunOptions { ResultsRoot = _results, EngineSocket = $"unix://{podman.Socket}" }, status);
}
