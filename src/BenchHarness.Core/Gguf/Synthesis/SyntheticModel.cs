namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A random-weight model in llama.cpp's llama architecture with the Mixtral MoE layout (per layer a router
/// <c>ffn_gate_inp</c> and 3-D <c>ffn_{gate,up,down}_exps</c>), shapes as llama.cpp's loader expects them.
/// llama-server loads and serves it; <c>--cpu-moe</c>, <c>--n-cpu-moe</c> and <c>-ot</c> apply to it.
/// </summary>
public sealed record SyntheticModel(
    IReadOnlyList<KeyValuePair<string, GgufValue>> Metadata,
    IReadOnlyList<GgufTensorSpec> Tensors)
{
    public static SyntheticModel Create(SyntheticModelOptions options)
    {
        var matrix = options.WeightType == SyntheticWeightType.Q8_0 ? GgmlTypes.Q8_0 : GgmlTypes.F16;
        var tensors = new List<GgufTensorSpec>();
        void Weights(string name, params long[] shape) =>
            tensors.Add(new(name, shape, matrix, RandomTensorContent.Random(name, shape, matrix, options.Seed)));
        void Norm(string name, long length) =>
            tensors.Add(new(name, [length], GgmlTypes.F32, RandomTensorContent.Constant([length], GgmlTypes.F32, 1f)));

        long embd = options.Embedding, ff = options.FeedForward, vocab = ByteLevelVocabulary.Tokens.Count;
        Weights("token_embd.weight", embd, vocab);
        Norm("output_norm.weight", embd);
        Weights("output.weight", embd, vocab);
        for (var layer = 0; layer < options.Layers; layer++)
        {
            var prefix = $"blk.{layer}.";
            Norm(prefix + "attn_norm.weight", embd);
            Weights(prefix + "attn_q.weight", embd, embd);
            Weights(prefix + "attn_k.weight", embd, embd);
            Weights(prefix + "attn_v.weight", embd, embd);
            Weights(prefix + "attn_output.weight", embd, embd);
            Norm(prefix + "ffn_norm.weight", embd);
            if (options.Experts == 0)
            {
                Weights(prefix + "ffn_gate.weight", embd, ff);
                Weights(prefix + "ffn_up.weight", embd, ff);
                Weights(prefix + "ffn_down.weight", ff, embd);
                continue;
            }

            long experts = options.Experts;
            var router = prefix + "ffn_gate_inp.weight";
            tensors.Add(new(router, [embd, experts], GgmlTypes.F32,
                RandomTensorContent.Random(router, [embd, experts], GgmlTypes.F32, options.Seed)));
            Weights(prefix + "ffn_gate_exps.weight", embd, ff, experts);
            Weights(prefix + "ffn_up_exps.weight", embd, ff, experts);
            Weights(prefix + "ffn_down_exps.weight", ff, embd, experts);
        }

        return new SyntheticModel(SyntheticMetadata.For(options, matrix), tensors);
    }
}
