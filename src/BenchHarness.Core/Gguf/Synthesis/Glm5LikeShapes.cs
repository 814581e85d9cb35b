namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The tensor table of a GLM-5.x-sized model for header-only planning: 79 blocks (0-2 dense, 3-77 MoE with 256
/// experts of width 2048 and one shared expert, 78 a next-token-prediction block), embedding 6144, MLA attention
/// with 64 heads (q_lora 2048, kv_lora 512, rope 64), vocabulary 154,880. Expert types follow a 2-bit mix
/// (gate/up IQ2_XXS, down IQ3_XXS, about 2.7 GiB per MoE layer); the rest is Q8_0, embeddings Q4_K, output Q6_K.
/// Written as deepseek2, the MLA family llama.cpp shares with glm-dsa; the sparse-attention indexer is left out.
/// <see cref="Iq3Ks"/> is seed 000's GLM-5.1 IQ3_KS (ik_llama.cpp types): routed gate/up IQ3_KS and down IQ4_KS,
/// which give exactly the seed's per-layer sums (gate 1,225 + down 1,638 + up 1,225 MiB); embeddings IQ4_K, output
/// IQ6_K, the rest Q8_0.
/// </summary>
public static class Glm5LikeShapes
{
    public const string Name = "glm-5.2";

    public static readonly MlaMoeShape Shape = new(
        Name, "BenchHarness GLM-5.x-like header", Blocks: 79, DenseLead: 3, NextN: 1, Embd: 6144, DenseFf: 12288, ExpertFf: 2048,
        Experts: 256, ExpertsUsed: 8, Heads: 64, QLora: 2048, KvLora: 512, Rope: 64, Nope: 192, ValueDim: 256, Vocab: 154880,
        ContextLength: 202752, GateUpType: "IQ2_XXS", DownType: "IQ3_XXS", EmbeddingType: "Q4_K", OutputType: "Q6_K");

    public static readonly MlaMoeShape Iq3Ks = Shape with
    {
        Name = "glm-5.1-iq3_ks",
        Title = "BenchHarness GLM-5.1-like header (IQ3_KS)",
        GateUpType = "IQ3_KS",
        DownType = "IQ4_KS",
        EmbeddingType = "IQ4_K",
        OutputType = "IQ6_K",
    };

    public static SyntheticModel Create() => Shape.Create();
}
