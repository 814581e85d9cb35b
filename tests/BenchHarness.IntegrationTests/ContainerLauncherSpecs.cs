using BenchHarness.IntegrationTests.Support;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Servers.Containers;
using BenchHarness.Servers.Ownership;
using Docker.DotNet.Models;

namespace BenchHarness.IntegrationTests;

public sealed class ContainerLauncherSpecs(PodmanService podman) : IClassFixture<PodmanService>, IDisposable
{
    private readonly string _results = TestAssets.TempFolder("bench-container");

    [Fact]
    public async Task A_podman_variant_runs_its_cases_in_a_container_and_the_container_is_removed()
    {
        var plan = ContainerPlan("in-podman", hostNetwork: true);

        var run = await Pipeline().RunAsync(plan, CancellationToken.None);

        var variant = run.Variants.Single();
        Assert.True(variant.Status == VariantStatus.Completed, variant.Failure);
        Assert.All(variant.Samples, s => Assert.True(s.GenerationTokensPerSecond > 0 && s.PromptTokensPerSecond > 0));
        Assert.Equal(ContainerPlans.ModelInContainer, variant.Build!.ModelPath);
        Assert.Contains("model loaded", await File.ReadAllTextAsync(Path.Combine(_results, run.RunId, variant.LogFile!)));
        Assert.Empty(await ContainerCleanup.ListAsync(podman.Engine, run.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task A_published_port_reaches_the_server_without_host_networking()
    {
        var run = await Pipeline().RunAsync(ContainerPlan("published", hostNetwork: false), CancellationToken.None);

        var variant = run.Variants.Single();
        Assert.True(variant.Status == VariantStatus.Completed, variant.Failure);
        Assert.NotEmpty(variant.Samples);
    }

    [Fact]
    public async Task Containers_left_by_a_killed_run_are_removed_when_the_next_run_starts()
    {
        // Our own pid with another start time: the owner a reused pid would fake.
        var deadOwner = new ServerOwner("killed-run", ProcessIdentity.Current with { StartTicks = ProcessIdentity.Current.StartTicks + 1 });
        await podman.Engine.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Name = "benchharness-leftover-test",
            Image = TestAssets.Image,
            Cmd = ["--version"],
            Labels = ContainerLabels.For("v", deadOwner),
        }, CancellationToken.None);
        Assert.NotEmpty(await ContainerCleanup.ListAsync(podman.Engine, "killed-run", CancellationToken.None));
        var pipeline = Pipeline();

        await pipeline.RunAsync(ContainerPlan("after-kill", hostNetwork: true, cases: 1), CancellationToken.None);

        Assert.Empty(await ContainerCleanup.ListAsync(podman.Engine, "killed-run", CancellationToken.None));
        Assert.Equal(["killed-run"], pipeline.OrphanedRuns);
    }

    [Fact]
    public async Task A_container_whose_server_cannot_start_is_a_failed_variant_and_is_removed()
    {
        var plan = ContainerPlan("bad", hostNetwork: true, cases: 1);
        var bad = plan.Variants[0] with { Launch = plan.Variants[0].Launch with { ServerArgs = [.. plan.Variants[0].Launch.ServerArgs, "--no-such-flag"] } };

        var run = await Pipeline().RunAsync(plan with { Variants = [bad] }, CancellationToken.None);

        var variant = run.Variants.Single();
        Assert.Equal(VariantStatus.Failed, variant.Status);
        Assert.Contains("--no-such-flag", variant.Failure);
        Assert.Empty(await ContainerCleanup.ListAsync(podman.Engine, run.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task Cancelling_while_the_container_loads_leaves_no_container()
    {
        using var cancel = new CancellationTokenSource();
        var pipeline = Pipeline(status: line =>
        {
            if (line.Contains("starting podman server", StringComparison.Ordinal))
            {
                cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(ContainerPlan("cancelled", hostNetwork: true), cancel.Token));

        Assert.Empty(await ContainerCleanup.ListAsync(podman.Engine, null, CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);

    private RunPipeline Pipeline(Action<string>? status = null) =>
        new(new RunOptions { ResultsRoot = _results, EngineSocket = $"unix://{podman.Socket}" }, status);

    private static ScenarioPlan ContainerPlan(string name, bool hostNetwork, int cases = 2) =>
        ContainerPlans.Plan(name, ContainerPlans.Launch(hostNetwork), cases);
}
