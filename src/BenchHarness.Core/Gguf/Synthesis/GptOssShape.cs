namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The tensor table of a gpt-oss model as llama.cpp loads it (src/models/openai-moe.cpp): per block grouped-query
/// attention with Q/K/V/output biases and per-head attention sinks, a biased router and routed experts with
/// biases, no shared expert. Layers alternate sliding-window (even) and full attention (odd), llama.cpp's
/// period-2 default for gpt-oss. Types as convert_hf_to_gguf writes them: experts in <see cref="ExpertType"/>
/// (MXFP4, kept as shipped), attention matrices, embeddings and output in <see cref="MatrixType"/>, the router,
/// biases, sinks and norms F32.
/// </summary>
public sealed record GptOssShape(
    string Name, string Title, int Blocks, long Embd, long Vocab, uint ContextLength, long Heads, long KvHeads, long HeadDim,
    uint SlidingWindow, long Experts, uint ExpertsUsed, long ExpertFf, string ExpertType, string MatrixType) : IHeaderShape
{
    public const string Architecture = "gpt-oss";

    public SyntheticModel Create() => Build(null);

    /// <summary>The same table with random weights and the byte-level vocabulary: a small one llama-server serves.</summary>
    public SyntheticModel CreateWithWeights(int seed) => Build(HeaderTensorTable.WeightsSeed(Name, Vocab, seed));

    private SyntheticModel Build(int? seed)
    {
        var f32 = GgmlTypes.F32;
        var table = new HeaderTensorTable(Name, seed);
        table.Add("token_embd.weight", MatrixType, Embd, Vocab);
        table.Add("output_norm.weight", f32, Embd);
        table.Add("output.weight", MatrixType, Embd, Vocab);
        for (var layer = 0; layer < Blocks; layer++)
        {
            var p = $"blk.{layer}.";
            table.Add(p + "attn_norm.weight", f32, Embd);
            table.Add(p + "post_attention_norm.weight", f32, Embd);
            table.Add(p + "attn_q.weight", MatrixType, Embd, HeadDim * Heads);
            table.Add(p + "attn_k.weight", MatrixType, Embd, HeadDim * KvHeads);
            table.Add(p + "attn_v.weight", MatrixType, Embd, HeadDim * KvHeads);
            table.Add(p + "attn_q.bias", f32, HeadDim * Heads);
            table.Add(p + "attn_k.bias", f32, HeadDim * KvHeads);
            table.Add(p + "attn_v.bias", f32, HeadDim * KvHeads);
            table.Add(p + "attn_output.weight", MatrixType, HeadDim * Heads, Embd);
            table.Add(p + "attn_output.bias", f32, Embd);
            table.Add(p + "attn_sinks.weight", f32, Heads);
            table.Add(p + "ffn_gate_inp.weight", f32, Embd, Experts);
            table.Add(p + "ffn_gate_inp.bias", f32, Experts);
            table.Add(p + "ffn_gate_exps.weight", ExpertType, Embd, ExpertFf, Experts);
            table.Add(p + "ffn_up_exps.weight", ExpertType, Embd, ExpertFf, Experts);
            table.Add(p + "ffn_down_exps.weight", ExpertType, ExpertFf, Embd, Experts);
            table.Add(p + "ffn_gate_exps.bias", f32, ExpertFf, Experts);
            table.Add(p + "ffn_up_exps.bias", f32, ExpertFf, Experts);
            table.Add(p + "ffn_down_exps.bias", f32, Embd, Experts);
        }

        return table.ToModel(Metadata());
    }

    private List<KeyValuePair<string, GgufValue>> Metadata()
    {
        const string arch = Architecture;
        var metadata = new List<KeyValuePair<string, GgufValue>>();
        void Add(string key, GgufValue value) => metadata.Add(new(key, value));
        Add("general.architecture", GgufValue.Of(arch));
        Add("general.name", GgufValue.Of(Title));
        Add($"{arch}.block_count", GgufValue.Of((uint)Blocks));
        Add($"{arch}.context_length", GgufValue.Of(ContextLength));
        Add($"{arch}.embedding_length", GgufValue.Of((uint)Embd));
        Add($"{arch}.vocab_size", GgufValue.Of((uint)Vocab));
        Add($"{arch}.feed_forward_length", GgufValue.Of((uint)ExpertFf));
        Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)ExpertFf));
        Add($"{arch}.attention.head_count", GgufValue.Of((uint)Heads));
        Add($"{arch}.attention.head_count_kv", GgufValue.Of((uint)KvHeads));
        Add($"{arch}.attention.key_length", GgufValue.Of((uint)HeadDim));
        Add($"{arch}.attention.value_length", GgufValue.Of((uint)HeadDim));
        Add($"{arch}.attention.layer_norm_rms_epsilon", GgufValue.Of(1e-5f));
        Add($"{arch}.attention.sliding_window", GgufValue.Of(SlidingWindow));
        Add($"{arch}.rope.dimension_count", GgufValue.Of((uint)HeadDim));
        Add($"{arch}.rope.freq_base", GgufValue.Of(150000f));
        Add($"{arch}.expert_count", GgufValue.Of((uint)Experts));
        Add($"{arch}.expert_used_count", GgufValue.Of(ExpertsUsed));
        return metadata;
    }
}
