namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// One deepseek2 block in the MLA form llama.cpp converts to: low-rank Q (q_a, q_b), one shared K/V latent plus
/// rope part (kv_a_mqa) with per-head K and V up-projections (k_b, v_b), then a dense FFN or routed experts with
/// a selection bias and one shared expert.
/// </summary>
internal static class Deepseek2Layer
{
    /// <summary>Per-head Q/K width without the rope part, and the per-head V width.</summary>
    public const int NopeDimension = 64;
    public const int ValueDimension = 64;

    public static void Add(SyntheticTensorList tensors, SyntheticModelOptions options, string prefix, bool isDense)
    {
        long embd = options.Embedding, ff = options.FeedForward, experts = options.Experts, heads = options.HeadCount;
        long qLora = options.QLoraRank, kvLora = options.KvLoraRank, rope = options.RopeDimension;
        tensors.Constant(prefix + "attn_norm.weight", 1f, embd);
        tensors.Constant(prefix + "attn_q_a_norm.weight", 1f, qLora);
        tensors.Constant(prefix + "attn_kv_a_norm.weight", 1f, kvLora);
        tensors.Matrix(prefix + "attn_q_a.weight", embd, qLora);
        tensors.Matrix(prefix + "attn_q_b.weight", qLora, heads * (NopeDimension + rope));
        tensors.Matrix(prefix + "attn_kv_a_mqa.weight", embd, kvLora + rope);
        tensors.Matrix(prefix + "attn_k_b.weight", NopeDimension, kvLora, heads);
        tensors.Matrix(prefix + "attn_v_b.weight", kvLora, ValueDimension, heads);
        tensors.Matrix(prefix + "attn_output.weight", heads * ValueDimension, embd);
        tensors.Constant(prefix + "ffn_norm.weight", 1f, embd);
        if (isDense)
        {
            tensors.Matrix(prefix + "ffn_gate.weight", embd, ff);
            tensors.Matrix(prefix + "ffn_up.weight", embd, ff);
            tensors.Matrix(prefix + "ffn_down.weight", ff, embd);
            return;
        }

        tensors.RandomF32(prefix + "ffn_gate_inp.weight", embd, experts);
        tensors.Constant(prefix + "exp_probs_b.bias", 0f, experts);
        tensors.Matrix(prefix + "ffn_gate_exps.weight", embd, ff, experts);
        tensors.Matrix(prefix + "ffn_up_exps.weight", embd, ff, experts);
        tensors.Matrix(prefix + "ffn_down_exps.weight", ff, embd, experts);
        tensors.Matrix(prefix + "ffn_gate_shexp.weight", embd, ff);
        tensors.Matrix(prefix + "ffn_up_shexp.weight", embd, ff);
        tensors.Matrix(prefix + "ffn_down_shexp.weight", ff, embd);
    }
}
