using BenchHarness.Gguf.Synthesis;
using BenchHarness.Memory;

namespace BenchHarness.Tests.Memory;

/// <summary>
/// The memory model's placement rules on synthesized layouts, each expectation derived from the tensor table and
/// llama.cpp's rule as written in its source, not from the predictor's own output.
/// </summary>
public sealed class MemoryPredictorSpecs
{
    private const string A = "127.0.0.1:50052", B = "127.0.0.1:50053";
    private const string DeviceA = $"RPC0[{A}]", DeviceB = $"RPC0[{B}]";
    private static readonly SyntheticModelOptions Llama = new(Layers: 8, Experts: 4, ExpertsUsed: 2, Embedding: 128, FeedForward: 256);

    [Fact]
    public async Task Partial_ngl_offloads_the_last_layers_and_counts_the_output_as_one_and_ts_cuts_them_by_proportion()
    {
        var model = await SyntheticLayouts.OfAsync(Llama);

        // 8 blocks + output = 9 layers, the last 5 offloaded (4..8); -ts 3,1 cuts at 3/4 of them: 4/5 of the way is past it.
        var prediction = SyntheticLayouts.Predict(model, $"--rpc {A},{B} -ngl 5 -ts 3,1");

        Assert.Equal(["CPU", "CPU", "CPU", "CPU", DeviceA, DeviceA, DeviceA, DeviceA], prediction.Layers.Layers.Select(d => d.Name));
        Assert.Equal(DeviceB, prediction.Layers.Output.Name);
        Assert.Equal(Sum(model, t => t.Name.StartsWith("output", StringComparison.Ordinal)), prediction.Find(DeviceB)!.ModelBytes);
    }

    [Fact]
    public async Task N_cpu_moe_keeps_the_first_layers_experts_on_the_cpu_and_their_attention_on_the_layer_device()
    {
        var model = await SyntheticLayouts.OfAsync(Llama);

        // Even split of 9 layers over two devices: positions 0/9..4/9 below one half go to the first.
        var prediction = SyntheticLayouts.Predict(model, $"--rpc {A},{B} -ngl 99 --n-cpu-moe 3");

        var onCpu = prediction.Tensors.Where(p => p.Device == MemoryDevice.Cpu).Select(p => p.Tensor.Name).ToHashSet();
        Assert.Contains("blk.2.ffn_up_exps.weight", onCpu);
        Assert.DoesNotContain("blk.3.ffn_up_exps.weight", onCpu);
        Assert.DoesNotContain("blk.0.attn_q.weight", onCpu);
        Assert.Equal(
            Sum(model, t => t.Layer is >= 0 and <= 4 && !(t.Layer < 3 && t.Name.Contains("_exps", StringComparison.Ordinal))),
            prediction.Find(DeviceA)!.ModelBytes);
        Assert.Equal(Sum(model, t => t.Layer is >= 5 || t.Name.StartsWith("output", StringComparison.Ordinal)), prediction.Find(DeviceB)!.ModelBytes);
    }

    [Fact]
    public async Task The_first_matching_override_wins_in_command_line_order()
    {
        var model = await SyntheticLayouts.OfAsync(Llama);

        var specificFirst = SyntheticLayouts.Predict(model, $@"--rpc {A},{B} -ngl 99 -ot blk\.6\.ffn_(gate|up|down)_exps={DeviceA},exps=CPU");
        var catchAllFirst = SyntheticLayouts.Predict(model, $@"--rpc {A},{B} -ngl 99 -ot exps=CPU,blk\.6\.ffn_(gate|up|down)_exps={DeviceA}");

        Assert.Equal(DeviceA, specificFirst.Tensors.Single(p => p.Tensor.Name == "blk.6.ffn_down_exps.weight").Device.Name);
        Assert.Equal("CPU", specificFirst.Tensors.Single(p => p.Tensor.Name == "blk.7.ffn_down_exps.weight").Device.Name);
        Assert.Equal("CPU", catchAllFirst.Tensors.Single(p => p.Tensor.Name == "blk.6.ffn_down_exps.weight").Device.Name);
        Assert.Equal("exps=CPU", Rule(catchAllFirst, "blk.6.ffn_down_exps.weight"));
    }

    [Fact]
    public async Task Mla_layers_cache_only_the_compressed_latent_and_the_rope_part_as_k()
    {
        var options = Llama with { Arch = SyntheticModelOptions.Deepseek2, DenseLead = 1 };
        var model = await SyntheticLayouts.OfAsync(options);

        var prediction = SyntheticLayouts.Predict(model, $"--rpc {A},{B} -ngl 99 -c 4096 -np 1");

        long perLayer = 4096L * (options.KvLoraRank + options.RopeDimension) * 2;
        Assert.Equal(5 * perLayer, prediction.Find(DeviceA)!.KvBytes);
        Assert.Equal(3 * perLayer, prediction.Find(DeviceB)!.KvBytes);
    }

    [Fact]
    public async Task One_cache_per_slot_divides_the_context_and_grouped_query_heads_narrow_k_and_v()
    {
        var options = Llama with { Arch = SyntheticModelOptions.Qwen3Moe, KvHeads = 1 };
        var model = await SyntheticLayouts.OfAsync(options);

        var prediction = SyntheticLayouts.Predict(model, "-c 4096 -np 2 -ctk q8_0");

        // Two streams of 2048 cells; K in q8_0 (34 bytes per 32 values), V in f16, one KV head of 64.
        long cells = 2 * 2048;
        Assert.Equal(8 * cells * ((64 / 32 * 34) + (64 * 2)), prediction.Find("CPU")!.KvBytes);
    }

    [Fact]
    public async Task Without_mmap_the_cpu_buffer_is_the_cpu_tensors_each_aligned()
    {
        var model = await SyntheticLayouts.OfAsync(Llama);

        var prediction = SyntheticLayouts.Predict(model, $"--rpc {A} -ngl 99 --cpu-moe --no-mmap");

        Assert.Equal(
            Sum(model, t => t.Name.Contains("_exps", StringComparison.Ordinal) || t.Name.StartsWith("token_embd", StringComparison.Ordinal)),
            prediction.Find("CPU")!.ModelBytes);
    }

    private static long Sum(ModelLayout model, Func<ModelTensor, bool> where) =>
        model.Tensors.Where(where).Sum(t => SyntheticLayouts.Aligned32(t.Bytes));

    private static string Rule(MemoryPrediction prediction, string tensor) =>
        prediction.Tensors.Single(p => p.Tensor.Name == tensor).Rule is { } rule ? $"{rule.Pattern}={rule.Target}" : "";
}
