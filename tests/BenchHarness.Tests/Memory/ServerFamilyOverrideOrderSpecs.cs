using BenchHarness.Gguf.Synthesis;
using BenchHarness.Memory;
using BenchHarness.Scenarios.Model;

namespace BenchHarness.Tests.Memory;

/// <summary>
/// Which rule wins when <c>--cpu-moe</c> meets explicit <c>-ot</c>: llama.cpp tries them in command-line order,
/// ik_llama.cpp tries every explicit <c>-ot</c> before the CPU-MoE rules (src/llama-load-tensors.cpp appends them
/// after the user's overrides), which is how seed 000 ran head 12 + tail 10 with <c>--cpu-moe</c> written first.
/// </summary>
public sealed class ServerFamilyOverrideOrderSpecs
{
    private static readonly string[] HeadTail =
    [
        "-ngl", "999", "--cpu-moe",
        "-ot", @"blk\.(3|4|5|6|7|8|9|10|11|12|13|14)\.ffn_(gate|up|down)_exps=CUDA0",
        "-ot", @"blk\.(68|69|70|71|72|73|74|75|76|77)\.ffn_(gate|up|down)_exps=CUDA1",
    ];

    [Fact]
    public void Ik_llama_cpp_tries_explicit_overrides_before_the_cpu_moe_rule_wherever_it_stands()
    {
        var llama = LaunchOptionsReader.Read(HeadTail, []);
        var ik = LaunchOptionsReader.Read(HeadTail, [], ServerFamily.IkLlamaCpp);

        Assert.Equal(["--cpu-moe", "-ot", "-ot"], llama.Overrides.Select(o => o.Origin));
        Assert.Equal(["-ot", "-ot", "--cpu-moe"], ik.Overrides.Select(o => o.Origin));
    }

    [Fact]
    public void N_cpu_moe_rules_also_follow_the_explicit_overrides_on_ik_llama_cpp()
    {
        string[] args = ["--n-cpu-moe", "2", "-ot", "exps=CUDA0"];

        Assert.Equal(@"blk\.0\.ffn_(up|down|gate|gate_up)_(ch|)exps", LaunchOptionsReader.Read(args, []).Overrides[0].Pattern);
        Assert.Equal(["-ot", "--n-cpu-moe 2", "--n-cpu-moe 2"], LaunchOptionsReader.Read(args, [], ServerFamily.IkLlamaCpp).Overrides.Select(o => o.Origin));
    }

    [Fact]
    public async Task Seed_000s_head12_tail10_puts_22_expert_layers_on_the_gpus_on_ik_llama_cpp_and_none_on_llama_cpp()
    {
        var model = await SyntheticLayouts.ReadAsync(Glm5LikeShapes.Iq3Ks.Create());

        var ik = VariantMemoryCheck.Evaluate("head12-tail10", HeadTail, model, Budgets, Free, ServerFamily.IkLlamaCpp).Prediction;
        var llama = VariantMemoryCheck.Evaluate("head12-tail10", HeadTail, model, Budgets, Free).Prediction;

        // Seed 000's sums per MoE layer: gate 1,225 + up 1,225 + down 1,638 MiB = 4,088 MiB.
        Assert.Equal(12L * 4088 * 1024 * 1024, ExpertBytes(ik, "CUDA0"));
        Assert.Equal(10L * 4088 * 1024 * 1024, ExpertBytes(ik, "CUDA1"));
        Assert.Equal(0, ExpertBytes(llama, "CUDA0") + ExpertBytes(llama, "CUDA1"));
        Assert.Contains(ik.Notes, n => n.StartsWith("ik_llama.cpp: every explicit -ot", StringComparison.Ordinal));
        // One -ot per rule is the form ik_llama.cpp takes; only llama.cpp warns that the last one alone should count.
        Assert.DoesNotContain(ik.Notes, n => n.StartsWith("-ot given", StringComparison.Ordinal));
        Assert.Contains(llama.Notes, n => n.StartsWith("-ot given 2 times", StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, long> Budgets = new() { ["CUDA0"] = 97887, ["CUDA1"] = 97887 };
    private static readonly Dictionary<string, long> Free = [];

    private static long ExpertBytes(MemoryPrediction prediction, string device) => prediction.Tensors
        .Where(p => p.Device.Name == device && p.Tensor.Name.Contains("_exps.", StringComparison.Ordinal))
        .Sum(p => p.Tensor.Bytes);
}
