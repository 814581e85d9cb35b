namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The tensor table of a real MLA mixture-of-experts model (the deepseek2 family llama.cpp shares with GLM's MLA
/// models) for header-only planning: exact shapes and types, no weights. <see cref="Glm5LikeShapes"/> and
/// <see cref="Glm47FlashLikeShapes"/> are its presets among <see cref="HeaderShapes"/>.
/// </summary>
public sealed record MlaMoeShape(
    string Name, string Title, int Blocks, int DenseLead, int NextN, long Embd, long DenseFf, long ExpertFf, long Experts, uint ExpertsUsed,
    long Heads, long QLora, long KvLora, long Rope, long Nope, long ValueDim, long Vocab, uint ContextLength,
    string GateUpType, string DownType, string EmbeddingType, string OutputType, string MatrixType = "Q8_0") : IHeaderShape
{
    public SyntheticModel Create()
    {
        var matrix = GgmlTypes.FindByName(MatrixType)!;
        var f32 = GgmlTypes.F32;
        var tensors = new List<GgufTensorSpec>();
        void Add(string name, GgmlType type, params long[] shape) => tensors.Add(new(name, shape, type, NoData(name)));
        GgmlType Type(string name) => GgmlTypes.FindByName(name)!;

        Add("token_embd.weight", Type(EmbeddingType), Embd, Vocab);
        Add("output_norm.weight", f32, Embd);
        Add("output.weight", Type(OutputType), Embd, Vocab);
        for (var layer = 0; layer < Blocks; layer++)
        {
            var p = $"blk.{layer}.";
            Add(p + "attn_norm.weight", f32, Embd);
            Add(p + "attn_q_a_norm.weight", f32, QLora);
            Add(p + "attn_kv_a_norm.weight", f32, KvLora);
            Add(p + "attn_q_a.weight", matrix, Embd, QLora);
            Add(p + "attn_q_b.weight", matrix, QLora, Heads * (Nope + Rope));
            Add(p + "attn_kv_a_mqa.weight", matrix, Embd, KvLora + Rope);
            Add(p + "attn_k_b.weight", GgmlTypes.Q8_0, Nope, KvLora, Heads); // rows of Nope (192) fit no K-quant block
            Add(p + "attn_v_b.weight", matrix, KvLora, ValueDim, Heads);
            Add(p + "attn_output.weight", matrix, Heads * ValueDim, Embd);
            Add(p + "ffn_norm.weight", f32, Embd);
            if (layer < DenseLead)
            {
                Add(p + "ffn_gate.weight", matrix, Embd, DenseFf);
                Add(p + "ffn_up.weight", matrix, Embd, DenseFf);
                Add(p + "ffn_down.weight", matrix, DenseFf, Embd);
                continue;
            }

            Add(p + "ffn_gate_inp.weight", f32, Embd, Experts);
            Add(p + "exp_probs_b.bias", f32, Experts);
            Add(p + "ffn_gate_exps.weight", Type(GateUpType), Embd, ExpertFf, Experts);
            Add(p + "ffn_up_exps.weight", Type(GateUpType), Embd, ExpertFf, Experts);
            Add(p + "ffn_down_exps.weight", Type(DownType), ExpertFf, Embd, Experts);
            Add(p + "ffn_gate_shexp.weight", matrix, Embd, ExpertFf);
            Add(p + "ffn_up_shexp.weight", matrix, Embd, ExpertFf);
            Add(p + "ffn_down_shexp.weight", matrix, ExpertFf, Embd);
            if (layer >= Blocks - NextN)
            {
                Add(p + "nextn.eh_proj.weight", matrix, 2 * Embd, Embd);
                Add(p + "nextn.enorm.weight", f32, Embd);
                Add(p + "nextn.hnorm.weight", f32, Embd);
                Add(p + "nextn.shared_head_norm.weight", f32, Embd);
            }
        }

        return new SyntheticModel(Metadata(), tensors);
    }

    private List<KeyValuePair<string, GgufValue>> Metadata()
    {
        const string arch = SyntheticModelOptions.Deepseek2;
        var metadata = new List<KeyValuePair<string, GgufValue>>();
        void Add(string key, GgufValue value) => metadata.Add(new(key, value));
        Add("general.architecture", GgufValue.Of(arch));
        Add("general.name", GgufValue.Of(Title));
        Add($"{arch}.block_count", GgufValue.Of((uint)Blocks));
        if (NextN > 0)
        {
            Add($"{arch}.nextn_predict_layers", GgufValue.Of((uint)NextN));
        }

        Add($"{arch}.context_length", GgufValue.Of(ContextLength));
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
        Add($"{arch}.expert_used_count", GgufValue.Of(ExpertsUsed));
        Add($"{arch}.expert_shared_count", GgufValue.Of(1u));
        Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)ExpertFf));
        return metadata;
    }

    private Func<IEnumerable<ReadOnlyMemory<byte>>> NoData(string name) =>
        () => throw new InvalidOperationException($"{name}: the {Name} shapes are for header-only files");
}
