namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The tensor table of a GLM-5.x-sized model for header-only planning: 79 blocks (0-2 dense, 3-77 MoE with 256
/// experts of width 2048 and one shared expert, 78 a next-token-prediction block), embedding 6144, MLA attention
/// with 64 heads (q_lora 2048, kv_lora 512, rope 64), vocabulary 154,880. Expert types follow a 2-bit mix
/// (gate/up IQ2_XXS, down IQ3_XXS, about 2.7 GiB per MoE layer); the rest is Q8_0, embeddings Q4_K, output Q6_K.
/// Written as deepseek2, the MLA family llama.cpp shares with glm-dsa; the sparse-attention indexer is left out.
/// </summary>
public static class Glm5LikeShapes
{
    public const string Name = "glm-5.2";

    private const long Embd = 6144, DenseFf = 12288, ExpertFf = 2048, Experts = 256, Heads = 64;
    private const long QLora = 2048, KvLora = 512, Rope = 64, Nope = 192, ValueDim = 256, Vocab = 154880;
    private const int Blocks = 79, DenseLead = 3, NextN = 1;

    public static SyntheticModel Create()
    {
        var q8 = GgmlTypes.Q8_0;
        var f32 = GgmlTypes.F32;
        var tensors = new List<GgufTensorSpec>();
        void Add(string name, GgmlType type, params long[] shape) => tensors.Add(new(name, shape, type, NoData(name)));

        Add("token_embd.weight", GgmlTypes.FindByName("Q4_K")!, Embd, Vocab);
        Add("output_norm.weight", f32, Embd);
        Add("output.weight", GgmlTypes.FindByName("Q6_K")!, Embd, Vocab);
        for (var layer = 0; layer < Blocks; layer++)
        {
            var p = $"blk.{layer}.";
            Add(p + "attn_norm.weight", f32, Embd);
            Add(p + "attn_q_a_norm.weight", f32, QLora);
            Add(p + "attn_kv_a_norm.weight", f32, KvLora);
            Add(p + "attn_q_a.weight", q8, Embd, QLora);
            Add(p + "attn_q_b.weight", q8, QLora, Heads * (Nope + Rope));
            Add(p + "attn_kv_a_mqa.weight", q8, Embd, KvLora + Rope);
            Add(p + "attn_k_b.weight", q8, Nope, KvLora, Heads);
            Add(p + "attn_v_b.weight", q8, KvLora, ValueDim, Heads);
            Add(p + "attn_output.weight", q8, Heads * ValueDim, Embd);
            Add(p + "ffn_norm.weight", f32, Embd);
            if (layer < DenseLead)
            {
                Add(p + "ffn_gate.weight", q8, Embd, DenseFf);
                Add(p + "ffn_up.weight", q8, Embd, DenseFf);
                Add(p + "ffn_down.weight", q8, DenseFf, Embd);
                continue;
            }

            Add(p + "ffn_gate_inp.weight", f32, Embd, Experts);
            Add(p + "exp_probs_b.bias", f32, Experts);
            Add(p + "ffn_gate_exps.weight", GgmlTypes.FindByName("IQ2_XXS")!, Embd, ExpertFf, Experts);
            Add(p + "ffn_up_exps.weight", GgmlTypes.FindByName("IQ2_XXS")!, Embd, ExpertFf, Experts);
            Add(p + "ffn_down_exps.weight", GgmlTypes.FindByName("IQ3_XXS")!, ExpertFf, Embd, Experts);
            Add(p + "ffn_gate_shexp.weight", q8, Embd, ExpertFf);
            Add(p + "ffn_up_shexp.weight", q8, Embd, ExpertFf);
            Add(p + "ffn_down_shexp.weight", q8, ExpertFf, Embd);
            if (layer >= Blocks - NextN)
            {
                Add(p + "nextn.eh_proj.weight", q8, 2 * Embd, Embd);
                Add(p + "nextn.enorm.weight", f32, Embd);
                Add(p + "nextn.hnorm.weight", f32, Embd);
                Add(p + "nextn.shared_head_norm.weight", f32, Embd);
            }
        }

        return new SyntheticModel(Metadata(), tensors);
    }

    private static List<KeyValuePair<string, GgufValue>> Metadata()
    {
        const string arch = SyntheticModelOptions.Deepseek2;
        var metadata = new List<KeyValuePair<string, GgufValue>>();
        void Add(string key, GgufValue value) => metadata.Add(new(key, value));
        Add("general.architecture", GgufValue.Of(arch));
        Add("general.name", GgufValue.Of("BenchHarness GLM-5.x-like header"));
        Add($"{arch}.block_count", GgufValue.Of((uint)Blocks));
        Add($"{arch}.nextn_predict_layers", GgufValue.Of((uint)NextN));
        Add($"{arch}.context_length", GgufValue.Of(202752u));
        Add($"{arch}.embedding_length", GgufValue.Of((uint)Embd));
        Add($"{arch}.feed_forward_length", GgufValue.Of((uint)DenseFf));
        Add($"{arch}.vocab_size", GgufValue.Of((uint)Vocab));
        Add($"{arch}.attention.head_count", GgufValue.Of((uint)Heads));
        Add($"{arch}.attention.head_count_kv", GgufValue.Of(1u));
        Add($"{arch}.attention.q_lora_rank", GgufValue.Of((uint)QLora));
        Add($"{arch}.attention.kv_lora_rank", GgufValue.Of((uint)KvLora));
        Add($"{arch}.attention.key_length", GgufValue.Of((uint)(KvLora + Rope)));
        Add($"{arch}.attention.value_length", GgufValue.Of((uint)KvLora));
        Add($"{arch}.attention.key_length_mla", GgufValue.Of((uint)(Nope + Rope)));
        Add($"{arch}.attention.value_length_mla", GgufValue.Of((uint)ValueDim));
        Add($"{arch}.attention.layer_norm_rms_epsilon", GgufValue.Of(1e-5f));
        Add($"{arch}.rope.dimension_count", GgufValue.Of((uint)Rope));
        Add($"{arch}.leading_dense_block_count", GgufValue.Of((uint)DenseLead));
        Add($"{arch}.expert_count", GgufValue.Of((uint)Experts));
        Add($"{arch}.expert_used_count", GgufValue.Of(8u));
        Add($"{arch}.expert_shared_count", GgufValue.Of(1u));
        Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)ExpertFf));
        return metadata;
    }

    private static Func<IEnumerable<ReadOnlyMemory<byte>>> NoData(string name) =>
        () => throw new InvalidOperationException($"{name}: the {Name} shapes are for header-only files");
}
