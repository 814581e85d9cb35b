using BenchHarness.Gguf.Synthesis;
using BenchHarness.Memory.Placement;
using BenchHarness.Scenarios.Model;

namespace BenchHarness.Tests.Memory;

/// <summary><c>bench place</c>'s candidates on seed 003's machine: four 24 GiB cards and a GLM-5.2-like header.</summary>
public sealed class PlacementPlannerSpecs
{
    private static readonly string[] Server = ["--ctx-size", "131072", "--flash-attn", "on", "--cache-type-k", "q8_0", "--cache-type-v", "q8_0", "--no-mmap"];

    private static async Task<IReadOnlyList<PlacementCandidate>> PlanAsync(long reserveMib = 0)
    {
        var model = await SyntheticLayouts.ReadAsync(Glm5LikeShapes.Create());
        var devices = Enumerable.Range(0, 4).Select(i => new DeviceBudget($"CUDA{i}", 24576, i == 0 ? reserveMib : 0)).ToList();
        return new PlacementPlanner(model, Server, devices).Plan();
    }

    [Fact]
    public async Task Every_candidate_but_fit_fits_and_packing_per_device_keeps_more_experts_than_n_cpu_moe()
    {
        var candidates = await PlanAsync();

        Assert.Equal(["all-experts-cpu", "tail-first", "tail-per-device", "head-first", "head-tail", "fit"], candidates.Select(c => c.Name));
        Assert.All(candidates.Where(c => c.Name != "fit"), c => Assert.True(c.Memory.Fits, c.Description));
        Assert.True(ExpertCpuMib(candidates, "tail-per-device") < ExpertCpuMib(candidates, "tail-first") - (20 * 1024));
        Assert.Contains("-fit", candidates.Single(c => c.Name == "tail-first").Args);
        Assert.Contains("=CPU", candidates.Single(c => c.Name == "head-tail").Args[^1]);
    }

    [Fact]
    public async Task A_reserve_leaves_its_room_free_on_that_device()
    {
        var candidates = await PlanAsync(reserveMib: 8192);

        Assert.All(candidates.Where(c => c.Name != "fit"), c =>
            Assert.InRange(c.Memory.Devices.Single(d => d.Device == "CUDA0").TotalMib, 0, 24576 - 8192));
    }

    [Fact]
    public async Task For_ik_llama_cpp_each_rule_is_its_own_override_and_there_is_no_fit_baseline()
    {
        var model = await SyntheticLayouts.OfAsync(new SyntheticModelOptions(Layers: 8, Experts: 8, ExpertsUsed: 2, Embedding: 256, FeedForward: 512));
        DeviceBudget[] devices = [new("RPC0[127.0.0.1:50052]", 40, 0), new("RPC0[127.0.0.1:50053]", 40, 4)];
        string[] server = ["--rpc", "127.0.0.1:50052,127.0.0.1:50053", "-c", "2048", "-np", "1"];

        var candidates = new PlacementPlanner(model, server, devices, ServerFamily.IkLlamaCpp).Plan();

        Assert.DoesNotContain(candidates, c => c.Name == "fit");
        var headTail = candidates.Single(c => c.Name == "head-tail").Args;
        Assert.Equal(3, headTail.Count(a => a == "-ot"));
        Assert.DoesNotContain(headTail, a => a.Contains(',', StringComparison.Ordinal) && a.Contains("=RPC", StringComparison.Ordinal));
        Assert.Equal(@"ffn_(gate|up|down)_exps=CPU", headTail[^1]);
    }

    private static double ExpertCpuMib(IReadOnlyList<PlacementCandidate> candidates, string name) =>
        candidates.Single(c => c.Name == name).Memory.Devices.Single(d => d.Device == "CPU").TotalMib;
}
