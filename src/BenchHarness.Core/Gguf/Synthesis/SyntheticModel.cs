namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A random-weight model with shapes as llama.cpp's loader expects them. Without leading dense layers it is
/// the llama architecture with the Mixtral MoE layout (per layer a router <c>ffn_gate_inp</c> and 3-D
/// <c>ffn_{gate,up,down}_exps</c>). With leading dense layers it is glm4moe (GLM-4.5's layout: dense
/// <c>ffn_{gate,up,down}</c> first, then routed experts with a bias and one shared expert), because llama.cpp's
/// llama architecture cannot mix dense and MoE layers. llama-server serves either; <c>--cpu-moe</c>,
/// <c>--n-cpu-moe</c> and <c>-ot</c> apply.
/// </summary>
public sealed record SyntheticModel(
    IReadOnlyList<KeyValuePair<string, GgufValue>> Metadata,
    IReadOnlyList<GgufTensorSpec> Tensors)
{
    public static SyntheticModel Create(SyntheticModelOptions options)
    {
        var matrixType = options.WeightType == SyntheticWeightType.Q8_0 ? GgmlTypes.Q8_0 : GgmlTypes.F16;
        var tensors = new SyntheticTensorList(matrixType, options.Seed);
        long embd = options.Embedding, vocab = ByteLevelVocabulary.Tokens.Count;
        tensors.Matrix("token_embd.weight", embd, vocab);
        tensors.Constant("output_norm.weight", 1f, embd);
        tensors.Matrix("output.weight", embd, vocab);
        for (var layer = 0; layer < options.Layers; layer++)
        {
            var prefix = $"blk.{layer}.";
            var isDense = options.Experts == 0 || layer < options.DenseLead;
            switch (options.Architecture)
            {
                case SyntheticModelOptions.Qwen3Moe:
                    Qwen3MoeLayer.Add(tensors, options, prefix);
                    break;
                case SyntheticModelOptions.Deepseek2:
                    Deepseek2Layer.Add(tensors, options, prefix, isDense);
                    break;
                default:
                    AddLayer(tensors, options, prefix, isDense);
                    break;
            }
        }

        return new SyntheticModel(SyntheticMetadata.For(options, matrixType), tensors.All);
    }

    private static void AddLayer(SyntheticTensorList tensors, SyntheticModelOptions options, string prefix, bool isDense)
    {
        long embd = options.Embedding, ff = options.FeedForward, experts = options.Experts;
        var glm = options.Architecture == SyntheticModelOptions.Glm4Moe;
        tensors.Constant(prefix + "attn_norm.weight", 1f, embd);
        tensors.Matrix(prefix + "attn_q.weight", embd, embd);
        tensors.Matrix(prefix + "attn_k.weight", embd, embd);
        tensors.Matrix(prefix + "attn_v.weight", embd, embd);
        tensors.Matrix(prefix + "attn_output.weight", embd, embd);
        tensors.Constant(prefix + (glm ? "post_attention_norm.weight" : "ffn_norm.weight"), 1f, embd);
        if (isDense)
        {
            tensors.Matrix(prefix + "ffn_gate.weight", embd, ff);
            tensors.Matrix(prefix + "ffn_up.weight", embd, ff);
            tensors.Matrix(prefix + "ffn_down.weight", ff, embd);
            return;
        }

        tensors.RandomF32(prefix + "ffn_gate_inp.weight", embd, experts);
        tensors.Matrix(prefix + "ffn_gate_exps.weight", embd, ff, experts);
        tensors.Matrix(prefix + "ffn_up_exps.weight", embd, ff, experts);
        tensors.Matrix(prefix + "ffn_down_exps.weight", ff, embd, experts);
        if (glm)
        {
            tensors.Constant(prefix + "exp_probs_b.bias", 0f, experts);
            tensors.Matrix(prefix + "ffn_gate_shexp.weight", embd, ff);
            tensors.Matrix(prefix + "ffn_up_shexp.weight", embd, ff);
            tensors.Matrix(prefix + "ffn_down_shexp.weight", ff, embd);
        }
    }
}
