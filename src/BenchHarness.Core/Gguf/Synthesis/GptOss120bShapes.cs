namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// GPT-OSS 120B (gpt-oss) for header-only planning, shapes from its config.json: 36 blocks alternating a 128-token
/// sliding window and full attention, 64 query heads and 8 KV heads of 64, attention sinks, 128 experts of width
/// 2880 with 4 used, embedding 2880, vocabulary 201,088, trained context 131,072. <see cref="F16"/> is seed 004's
/// "F16" file: the experts stay MXFP4 as shipped, the other matrices F16 (about 60.7 GiB, the seed's "61 GB").
/// </summary>
public static class GptOss120bShapes
{
    public static readonly GptOssShape F16 = new(
        "gpt-oss-120b", "BenchHarness GPT-OSS-120B-like header (F16, MXFP4 experts)", Blocks: 36, Embd: 2880, Vocab: 201088,
        ContextLength: 131072, Heads: 64, KvHeads: 8, HeadDim: 64, SlidingWindow: 128, Experts: 128, ExpertsUsed: 4, ExpertFf: 2880,
        ExpertType: "MXFP4", MatrixType: "F16");
}
