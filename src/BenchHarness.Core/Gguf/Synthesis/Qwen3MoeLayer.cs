namespace BenchHarness.Gguf.Synthesis;

/// <summary>One qwen3moe block: grouped-query attention with per-head Q and K norms, a router and routed experts.</summary>
internal static class Qwen3MoeLayer
{
    public static void Add(SyntheticTensorList tensors, SyntheticModelOptions options, string prefix)
    {
        long embd = options.Embedding, ff = options.FeedForward, experts = options.Experts;
        long head = options.HeadDimension, q = head * options.HeadCount, kv = head * options.KvHeadCount;
        tensors.Constant(prefix + "attn_norm.weight", 1f, embd);
        tensors.Matrix(prefix + "attn_q.weight", embd, q);
        tensors.Matrix(prefix + "attn_k.weight", embd, kv);
        tensors.Matrix(prefix + "attn_v.weight", embd, kv);
        tensors.Matrix(prefix + "attn_output.weight", q, embd);
        tensors.Constant(prefix + "attn_q_norm.weight", 1f, head);
        tensors.Constant(prefix + "attn_k_norm.weight", 1f, head);
        tensors.Constant(prefix + "ffn_norm.weight", 1f, embd);
        tensors.RandomF32(prefix + "ffn_gate_inp.weight", embd, experts);
        tensors.Matrix(prefix + "ffn_gate_exps.weight", embd, ff, experts);
        tensors.Matrix(prefix + "ffn_up_exps.weight", embd, ff, experts);
        tensors.Matrix(prefix + "ffn_down_exps.weight", ff, embd, experts);
    }
}
