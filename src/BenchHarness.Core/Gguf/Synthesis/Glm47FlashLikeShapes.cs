namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The tensor table of a GLM-4.7-Flash-sized model (30B-A3B) for header-only planning, as seed 004 describes it:
/// 47 blocks (1 dense lead + 46 MoE), 64 experts of width 1536 with 4 used and 1 shared, embedding 2048, MLA
/// attention with 20 heads (q_lora 768, kv_lora 512, rope 64), vocabulary 154,880; every matrix Q8_0 (the
/// seed's Q8 profile: about 628 MiB per layer, about 30 GB in all). <see cref="Q4KM"/> approximates the seed's
/// Q4_K_M file: routed gate/up Q4_K, routed down Q6_K, the other matrices Q4_K (Q8_0 where rows of 192 fit no
/// K-quant), embeddings Q4_K, output Q6_K; about 18 GiB, where the real mix varies ffn_down per layer.
/// </summary>
public static class Glm47FlashLikeShapes
{
    public const string Name = "glm-4.7-flash";

    public static readonly MlaMoeShape Shape = new(
        Name, "BenchHarness GLM-4.7-Flash-like header", Blocks: 47, DenseLead: 1, NextN: 0, Embd: 2048, DenseFf: 10240, ExpertFf: 1536,
        Experts: 64, ExpertsUsed: 4, Heads: 20, QLora: 768, KvLora: 512, Rope: 64, Nope: 192, ValueDim: 256, Vocab: 154880,
        ContextLength: 202752, GateUpType: "Q8_0", DownType: "Q8_0", EmbeddingType: "Q8_0", OutputType: "Q8_0");

    public static readonly MlaMoeShape Q4KM = Shape with
    {
        Name = "glm-4.7-flash-q4_k_m",
        Title = "BenchHarness GLM-4.7-Flash-like header (Q4_K_M)",
        GateUpType = "Q4_K",
        DownType = "Q6_K",
        EmbeddingType = "Q4_K",
        OutputType = "Q6_K",
        MatrixType = "Q4_K",
    };
}
