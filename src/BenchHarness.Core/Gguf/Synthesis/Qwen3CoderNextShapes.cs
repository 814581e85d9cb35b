namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// Qwen3-Coder-Next (80B-A3B, qwen3next) for header-only planning, shapes from its config.json: 48 blocks, every
/// 4th gated full attention (16 query heads, 2 KV heads of 256, rope on 64), the rest Gated DeltaNet (16 key and
/// 32 value heads of 128, conv kernel 4); 512 experts of width 512 with 10 used and one shared expert of 512;
/// embedding 2048, vocabulary 151,936, trained context 262,144. The next-token-prediction block is left out.
/// Types approximate two files the seeds name: <see cref="UdQ5KXl"/> (seed 004's UD-Q5_K_XL: routed experts Q5_K,
/// the other matrices Q8_0, output Q6_K: about 1.1 GiB per block as the seed says) and <see cref="Q4_0"/> (seed
/// 000's workers: llama-quantize's Q4_0, output Q6_K: about 45 GB as the seed says).
/// </summary>
public static class Qwen3CoderNextShapes
{
    public static readonly Qwen3NextShape UdQ5KXl = Shape("qwen3-coder-next", "UD-Q5_K_XL", expert: "Q5_K", matrix: "Q8_0", embedding: "Q5_K");

    public static readonly Qwen3NextShape Q4_0 = Shape("qwen3-coder-next-q4_0", "Q4_0", expert: "Q4_0", matrix: "Q4_0", embedding: "Q4_0");

    private static Qwen3NextShape Shape(string name, string quant, string expert, string matrix, string embedding) => new(
        name, $"BenchHarness Qwen3-Coder-Next-like header ({quant})", Blocks: 48, FullAttentionInterval: 4, Embd: 2048, Vocab: 151936,
        ContextLength: 262144, Heads: 16, KvHeads: 2, HeadDim: 256, RopeDim: 64, LinearKeyHeads: 16, LinearValueHeads: 32, LinearHeadDim: 128,
        ConvKernel: 4, Experts: 512, ExpertsUsed: 10, ExpertFf: 512, SharedFf: 512,
        ExpertType: expert, ExpertDownType: expert, MatrixType: matrix, EmbeddingType: embedding, OutputType: "Q6_K");
}
