namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The tensor table of a qwen3next model (Qwen3-Next / Qwen3-Coder-Next) as llama.cpp loads it
/// (src/models/qwen3next.cpp): every <see cref="FullAttentionInterval"/>-th block has gated full attention (Q
/// twice as wide for its gate, Q/K norms), the others Gated DeltaNet linear attention (fused QKV, Z gate, a
/// conv1d over the QKV channels, beta/alpha, A, dt bias, output) whose state is fixed-size; every block is MoE
/// with a router, routed experts and one gated shared expert. Key metadata follows convert_hf_to_gguf's
/// Qwen3NextModel: <c>ssm.state_size</c> is the linear key head size, <c>ssm.group_count</c> the key heads,
/// <c>ssm.time_step_rank</c> the value heads, <c>ssm.inner_size</c> value heads x value head size.
/// Matrix types: <see cref="ExpertType"/> for the routed experts (<see cref="ExpertDownType"/> for their down
/// projection), <see cref="MatrixType"/> for attention, DeltaNet and shared-expert matrices; routers, conv1d,
/// norms and vectors are F32 as the converter writes them.
/// </summary>
public sealed record Qwen3NextShape(
    string Name, string Title, int Blocks, int FullAttentionInterval, long Embd, long Vocab, uint ContextLength,
    long Heads, long KvHeads, long HeadDim, long RopeDim,
    long LinearKeyHeads, long LinearValueHeads, long LinearHeadDim, long ConvKernel,
    long Experts, uint ExpertsUsed, long ExpertFf, long SharedFf,
    string ExpertType, string ExpertDownType, string MatrixType, string EmbeddingType, string OutputType) : IHeaderShape
{
    public const string Architecture = "qwen3next";

    public bool IsFullAttention(int layer) => (layer + 1) % FullAttentionInterval == 0;

    public SyntheticModel Create() => Build(null);

    /// <summary>The same table with random weights and the byte-level vocabulary: a small one llama-server serves.</summary>
    public SyntheticModel CreateWithWeights(int seed) => Build(HeaderTensorTable.WeightsSeed(Name, Vocab, seed));

    private SyntheticModel Build(int? seed)
    {
        var f32 = GgmlTypes.F32;
        var table = new HeaderTensorTable(Name, seed);
        var keyDim = LinearHeadDim * LinearKeyHeads;
        var valueDim = LinearHeadDim * LinearValueHeads;
        table.Add("token_embd.weight", EmbeddingType, Embd, Vocab);
        table.Add("output_norm.weight", f32, Embd);
        table.Add("output.weight", OutputType, Embd, Vocab);
        for (var layer = 0; layer < Blocks; layer++)
        {
            var p = $"blk.{layer}.";
            table.Add(p + "attn_norm.weight", f32, Embd);
            table.Add(p + "post_attention_norm.weight", f32, Embd);
            if (IsFullAttention(layer))
            {
                table.Add(p + "attn_q.weight", MatrixType, Embd, HeadDim * Heads * 2);
                table.Add(p + "attn_k.weight", MatrixType, Embd, HeadDim * KvHeads);
                table.Add(p + "attn_v.weight", MatrixType, Embd, HeadDim * KvHeads);
                table.Add(p + "attn_output.weight", MatrixType, HeadDim * Heads, Embd);
                table.Add(p + "attn_q_norm.weight", f32, HeadDim);
                table.Add(p + "attn_k_norm.weight", f32, HeadDim);
            }
            else
            {
                table.Add(p + "attn_qkv.weight", MatrixType, Embd, (keyDim * 2) + valueDim);
                table.Add(p + "attn_gate.weight", MatrixType, Embd, valueDim);
                table.Add(p + "ssm_conv1d.weight", f32, ConvKernel, (keyDim * 2) + valueDim);
                table.Add(p + "ssm_dt.bias", f32, LinearValueHeads);
                table.Add(p + "ssm_a", f32, LinearValueHeads);
                table.Add(p + "ssm_ba.weight", MatrixType, Embd, LinearValueHeads * 2);
                table.Add(p + "ssm_norm.weight", f32, LinearHeadDim);
                table.Add(p + "ssm_out.weight", MatrixType, valueDim, Embd);
            }

            table.Add(p + "ffn_gate_inp.weight", f32, Embd, Experts);
            table.Add(p + "ffn_gate_exps.weight", ExpertType, Embd, ExpertFf, Experts);
            table.Add(p + "ffn_up_exps.weight", ExpertType, Embd, ExpertFf, Experts);
            table.Add(p + "ffn_down_exps.weight", ExpertDownType, ExpertFf, Embd, Experts);
            table.Add(p + "ffn_gate_inp_shexp.weight", f32, Embd);
            table.Add(p + "ffn_gate_shexp.weight", MatrixType, Embd, SharedFf);
            table.Add(p + "ffn_up_shexp.weight", MatrixType, Embd, SharedFf);
            table.Add(p + "ffn_down_shexp.weight", MatrixType, SharedFf, Embd);
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
        Add($"{arch}.feed_forward_length", GgufValue.Of((uint)(ExpertFf * ExpertsUsed)));
        Add($"{arch}.attention.head_count", GgufValue.Of((uint)Heads));
        Add($"{arch}.attention.head_count_kv", GgufValue.Of((uint)KvHeads));
        Add($"{arch}.attention.key_length", GgufValue.Of((uint)HeadDim));
        Add($"{arch}.attention.value_length", GgufValue.Of((uint)HeadDim));
        Add($"{arch}.attention.layer_norm_rms_epsilon", GgufValue.Of(1e-6f));
        Add($"{arch}.rope.dimension_count", GgufValue.Of((uint)RopeDim));
        Add($"{arch}.expert_count", GgufValue.Of((uint)Experts));
        Add($"{arch}.expert_used_count", GgufValue.Of(ExpertsUsed));
        Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)ExpertFf));
        Add($"{arch}.expert_shared_feed_forward_length", GgufValue.Of((uint)SharedFf));
        Add($"{arch}.ssm.conv_kernel", GgufValue.Of((uint)ConvKernel));
        Add($"{arch}.ssm.state_size", GgufValue.Of((uint)LinearHeadDim));
        Add($"{arch}.ssm.group_count", GgufValue.Of((uint)LinearKeyHeads));
        Add($"{arch}.ssm.time_step_rank", GgufValue.Of((uint)LinearValueHeads));
        Add($"{arch}.ssm.inner_size", GgufValue.Of((uint)(LinearHeadDim * LinearValueHeads)));
        Add($"{arch}.full_attention_interval", GgufValue.Of((uint)FullAttentionInterval));
        return metadata;
    }
}
