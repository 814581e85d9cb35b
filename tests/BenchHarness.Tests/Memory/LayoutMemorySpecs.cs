using BenchHarness.Memory;

namespace BenchHarness.Tests.Memory;

/// <summary>Co-resident servers hold memory at once: their predictions add up per host device.</summary>
public sealed class LayoutMemorySpecs
{
    // Seed 000's final layout on two 96 GB cards: the orchestrator's 10 expert layers per card beside one worker each.
    private static readonly VariantMemory Orchestrator = new("glm",
        [Device("CUDA0", model: 42_000, kv: 800, compute: 3_000), Device("CUDA1", model: 42_000, kv: 800, compute: 3_000), Device("CPU", model: 230_000, kv: 0, compute: 500)], []);

    private static readonly VariantMemory Worker = new("worker", [Device("CUDA0", model: 45_000, kv: 5_500, compute: 3_000)], []);

    [Fact]
    public void Each_workers_card_is_the_host_gpu_it_was_given_and_the_sums_are_judged_against_its_budget()
    {
        var budgets = new Dictionary<string, long> { ["CUDA0"] = 97_000, ["CUDA1"] = 97_000 };

        var layout = LayoutMemory.Sum("glm", [Orchestrator, ContainerGpus.InHostNames(Worker, ["0"]), ContainerGpus.InHostNames(Worker, ["1"])], budgets);

        var gpu0 = layout.Devices.Single(d => d.Device == "CUDA0");
        var gpu1 = layout.Devices.Single(d => d.Device == "CUDA1");
        Assert.Equal((87_000, 6_300, 6_000, 99_300), (gpu0.ModelMib, gpu0.KvMib, gpu0.ComputeMib, gpu0.TotalMib));
        Assert.Equal(99_300, gpu1.TotalMib);
        Assert.Equal("over by 2300 MiB", gpu0.Verdict);
        Assert.False(layout.Fits);
        Assert.Null(layout.Devices.Single(d => d.Device == "CPU").Fits);
    }

    [Fact]
    public void A_layout_within_every_budget_fits()
    {
        var budgets = new Dictionary<string, long> { ["CUDA0"] = 100_000, ["CUDA1"] = 100_000 };

        Assert.True(LayoutMemory.Sum("glm", [Orchestrator, ContainerGpus.InHostNames(Worker, ["0"]), ContainerGpus.InHostNames(Worker, ["1"])], budgets).Fits);
    }

    [Theory]
    [InlineData("CUDA0", new[] { "1" }, "CUDA1")]
    [InlineData("CUDA1", new[] { "0", "3" }, "CUDA3")]
    [InlineData("CUDA0", new[] { "all" }, "CUDA0")]
    [InlineData("CUDA0", new[] { "nvidia.com/gpu=1" }, "CUDA1")]
    [InlineData("CUDA0", new[] { "nvidia.com/gpu=all" }, "CUDA0")]
    [InlineData("CUDA0", new string[0], "CUDA0")]
    [InlineData("CUDA2", new[] { "0" }, "CUDA2")]
    [InlineData("RPC0[127.0.0.1:50052]", new[] { "1" }, "RPC0[127.0.0.1:50052]")]
    [InlineData("CPU", new[] { "1" }, "CPU")]
    public void A_containers_gpu_is_named_as_the_host_names_it(string device, string[] given, string host)
    {
        Assert.Equal(host, ContainerGpus.HostDevice(device, given));
    }

    [Fact]
    public void A_container_given_one_gpu_is_judged_against_that_gpus_budget_under_its_own_name()
    {
        var host = new Dictionary<string, long> { ["CUDA0"] = 24_000, ["CUDA1"] = 12_800, ["CPU"] = 500_000 };

        var seen = ContainerGpus.InServerNames(host, ["1"]);

        Assert.Equal(new Dictionary<string, long> { ["CUDA0"] = 12_800, ["CPU"] = 500_000 }, seen);
        Assert.Same(host, ContainerGpus.InServerNames(host, ["all"]));
    }

    private static DeviceVerdict Device(string name, double model, double kv, double compute) =>
        new(name, model, kv, compute, model + kv + compute, BudgetMib: null, Fits: null) { ComputeLowMib = compute / 2, ComputeHighMib = compute * 2 };
}
