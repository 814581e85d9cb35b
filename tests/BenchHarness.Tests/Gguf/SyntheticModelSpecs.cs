using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;

namespace BenchHarness.Tests.Gguf;

public class SyntheticModelSpecs
{
    private static readonly SyntheticModelOptions Small = new(Layers: 2, Experts: 4, ExpertsUsed: 2, Embedding: 64, FeedForward: 96);

    private static async Task<byte[]> WriteAsync(SyntheticModelOptions options)
    {
        var model = SyntheticModel.Create(options);
        using var stream = new MemoryStream();
        await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        return stream.ToArray();
    }

    [Fact]
    public async Task The_model_has_llama_moe_shapes_and_reads_back_with_its_facts()
    {
        var file = GgufReader.Read(new MemoryStream(await WriteAsync(Small)), "synth.gguf");
        var report = GgufModelSummarizer.Summarize(GgufModel.FromShards([file]));

        Assert.Equal(("llama", 2L, 4L, 2L), (report.Architecture, report.BlockCount, report.ExpertCount, report.ExpertUsedCount));
        Assert.Equal([64L, 96, 4], file.Tensors.Single(tensor => tensor.Name == "blk.1.ffn_up_exps.weight").Shape);
        Assert.Equal([96L, 64, 4], file.Tensors.Single(tensor => tensor.Name == "blk.1.ffn_down_exps.weight").Shape);
        Assert.Equal([64L, 4], file.Tensors.Single(tensor => tensor.Name == "blk.0.ffn_gate_inp.weight").Shape);
        Assert.Equal(2 * 3 * 64 * 96 * 4 * 2, report.ExpertBytesTotal);
        Assert.Equal(259, file.Find("tokenizer.ggml.tokens")!.AsArray()!.Items.Count);
        Assert.Equal("<0x41>", file.Find("tokenizer.ggml.tokens")!.AsArray()!.Items[3 + 0x41]);
        Assert.Contains("enable_thinking", file.Find("tokenizer.chat_template")!.AsString());
    }

    [Fact]
    public async Task Q8_0_weights_are_quantised_matrices_with_f32_norms()
    {
        var file = GgufReader.Read(new MemoryStream(await WriteAsync(Small with { WeightType = SyntheticWeightType.Q8_0 })), "q8.gguf");

        Assert.Equal("Q8_0", file.Tensors.Single(tensor => tensor.Name == "blk.0.ffn_gate_exps.weight").TypeName);
        Assert.Equal("F32", file.Tensors.Single(tensor => tensor.Name == "blk.0.attn_norm.weight").TypeName);
        Assert.Equal(7L, file.Find("general.file_type")!.AsInteger());
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        var first = await WriteAsync(Small);
        var again = await WriteAsync(Small);
        var other = await WriteAsync(Small with { Seed = 7 });

        Assert.Equal(first, again);
        Assert.Equal(first.Length, other.Length);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Zero_experts_writes_a_dense_model()
    {
        var file = GgufReader.Read(new MemoryStream(await WriteAsync(Small with { Experts = 0, ExpertsUsed = 0 })), "dense.gguf");

        Assert.Null(file.Find("llama.expert_count"));
        Assert.Contains(file.Tensors, tensor => tensor.Name == "blk.1.ffn_down.weight");
        Assert.DoesNotContain(file.Tensors, tensor => tensor.Name.Contains("_exps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leading_dense_layers_switch_to_the_glm4moe_layout_with_dense_ffn_first()
    {
        var file = GgufReader.Read(new MemoryStream(await WriteAsync(Small with { Layers = 3, DenseLead = 1 })), "lead.gguf");
        var report = GgufModelSummarizer.Summarize(GgufModel.FromShards([file]));
        var names = file.Tensors.Select(tensor => tensor.Name).ToHashSet();

        Assert.Equal(("glm4moe", 1L, 3L), (report.Architecture, report.LeadingDenseBlockCount, report.BlockCount));
        Assert.Contains("blk.0.ffn_gate.weight", names);
        Assert.DoesNotContain("blk.0.ffn_gate_exps.weight", names);
        Assert.Contains("blk.1.ffn_gate_exps.weight", names);
        Assert.Contains("blk.2.ffn_up_shexp.weight", names);
        Assert.Contains("blk.2.exp_probs_b.bias", names);
        Assert.Equal([0L, 64 * 96 * 4 * 2 * 3, 64 * 96 * 4 * 2 * 3], report.Layers.Select(layer => layer.ExpertBytes));
    }

    [Fact]
    public void Leading_dense_layers_need_experts_and_at_least_one_moe_layer()
    {
        Assert.Equal("--dense-lead", (Small with { DenseLead = 2 }).Validate("synth-model").Single().Field);
        Assert.Equal("--dense-lead", (Small with { Experts = 0, ExpertsUsed = 0, DenseLead = 1 }).Validate("synth-model").Single().Field);
    }

    [Fact]
    public void Invalid_shapes_are_reported_per_option()
    {
        var errors = new SyntheticModelOptions(Layers: 0, Experts: 4, ExpertsUsed: 5, Embedding: 100, FeedForward: 40).Validate("synth-model");

        Assert.Equal(["--layers", "--experts-used", "--embd", "--ff"], errors.Select(error => error.Field));
    }

    [Fact]
    public void Q8_0_round_trips_within_half_a_quantisation_step()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 64).Select(_ => random.NextSingle() - 0.5f).ToArray();
        var blocks = new byte[2 * Q8_0Quantizer.BlockBytes];

        Q8_0Quantizer.Quantize(values, blocks);
        var decoded = Q8_0Quantizer.Dequantize(blocks);

        for (var i = 0; i < values.Length; i++)
        {
            var step = values.Skip(i / 32 * 32).Take(32).Max(Math.Abs) / 127;
            Assert.InRange(decoded[i] - values[i], -step * 0.6f, step * 0.6f);
        }
    }
}
