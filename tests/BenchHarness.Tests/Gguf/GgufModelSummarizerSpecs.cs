using BenchHarness.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

public class GgufModelSummarizerSpecs
{
    private static readonly GgmlType Iq3Ks = GgmlTypes.FindByName("IQ3_KS")!;

    private static GgufModelReport Summarize(byte[] bytes) =>
        GgufModelSummarizer.Summarize(GgufModel.FromShards([Read(bytes)]));

    [Fact]
    public void Model_facts_come_from_the_architecture_keys()
    {
        var report = Summarize(Write(
        [
            Entry("general.architecture", GgufValue.Of("glm4moe")),
            Entry("glm4moe.block_count", GgufValue.Of(3u)),
            Entry("glm4moe.expert_count", GgufValue.Of(160u)),
            Entry("glm4moe.expert_used_count", GgufValue.Of(8u)),
            Entry("glm4moe.leading_dense_block_count", GgufValue.Of(1u)),
            Entry("glm4moe.context_length", new GgufValue(GgufValueType.Uint64, 202752UL)),
            Entry("llama.block_count", GgufValue.Of(99u)),
        ]));

        Assert.Equal(("glm4moe", 3L, 160L, 8L, 1L, 202752L),
            (report.Architecture, report.BlockCount, report.ExpertCount, report.ExpertUsedCount, report.LeadingDenseBlockCount, report.ContextLength));
        Assert.Equal(3, report.Layers.Count);
    }

    [Fact]
    public void Expert_bytes_are_counted_per_layer_by_gate_up_and_down()
    {
        var report = Summarize(Write(
            [Entry("general.architecture", GgufValue.Of("llama")), Entry("llama.block_count", GgufValue.Of(2u))],
            Tensor("blk.0.ffn_gate.weight", GgmlTypes.F16, 256, 4),
            Tensor("blk.1.ffn_gate_exps.weight", Iq3Ks, 256, 8, 4),
            Tensor("blk.1.ffn_up_exps.weight", Iq3Ks, 256, 8, 4),
            Tensor("blk.1.ffn_down_exps.weight", GgmlTypes.Q8_0, 32, 8, 4),
            Tensor("blk.1.ffn_gate_inp.weight", GgmlTypes.F32, 256, 4)));

        var expertRows = 8 * 4;
        var gate = (2 + 102) * expertRows;
        var down = 34 * expertRows;
        Assert.Equal(new GgufLayerBytes(0, 0, 0, 0, 0, null), report.Layers[0]);
        Assert.Equal(new GgufLayerBytes(1, gate + gate + down, gate, gate, down, null), report.Layers[1]);
        Assert.Equal(gate + gate + down, report.ExpertBytesTotal);
        Assert.Equal(report.Tensors.Sum(tensor => tensor.Bytes), report.TensorBytesTotal);
    }

    [Fact]
    public void Merged_gate_up_experts_count_as_expert_bytes()
    {
        var report = Summarize(Write([], Tensor("blk.0.ffn_gate_up_exps.weight", GgmlTypes.F16, 64, 16, 2)));

        Assert.Equal(64 * 16 * 2 * 2, report.Layers.Single().GateUpBytes);
        Assert.Equal(64 * 16 * 2 * 2, report.ExpertBytesTotal);
    }

    [Fact]
    public void Tensors_of_unknown_size_are_counted_and_left_out_of_totals()
    {
        var bytes = Write([], Tensor("known", GgmlTypes.F32, 4), Tensor("odd", GgmlTypes.F32, 4));
        SetTensorType(bytes, "odd", 999);

        var report = Summarize(bytes);

        Assert.Equal((16L, 1), (report.TensorBytesTotal, report.UnknownSizeTensors));
    }

    [Fact]
    public void Long_metadata_arrays_are_shown_by_length_and_short_ones_inline()
    {
        var report = Summarize(Write(
        [
            Entry("tokenizer.ggml.tokens", GgufValue.Array(GgufValueType.String, Enumerable.Range(0, 1000).Select(i => (object)$"t{i}"))),
            Entry("short", GgufValue.Array(GgufValueType.Int32, [1, 2])),
            Entry("eps", GgufValue.Of(1e-5f)),
        ]));

        Assert.Equal(new GgufMetadataArray("string", 1000), report.Metadata["tokenizer.ggml.tokens"]);
        Assert.Equal([1, 2], (List<object?>)report.Metadata["short"]!);
        Assert.Equal(1e-5, report.Metadata["eps"]);
    }
}
