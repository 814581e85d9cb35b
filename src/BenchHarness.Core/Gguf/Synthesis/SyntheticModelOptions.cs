namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// The shape of a random-weight model. <see cref="Experts"/> 0 gives a dense model. <see cref="DenseLead"/>
/// leading dense layers switch the architecture from llama to glm4moe: llama.cpp's llama architecture makes
/// every layer MoE once expert_count is set.
/// </summary>
public sealed record SyntheticModelOptions(
    int Layers = 8,
    int Experts = 8,
    int ExpertsUsed = 2,
    int Embedding = 256,
    int FeedForward = 512,
    int DenseLead = 0,
    SyntheticWeightType WeightType = SyntheticWeightType.F16,
    int Seed = 42,
    int Context = 4096,
    string? Arch = null,
    int KvHeads = 0)
{
    /// <summary>Attention head width: 64, or 32 for embeddings that are not a multiple of 64.</summary>
    public int HeadDimension => Embedding % 64 == 0 ? 64 : 32;

    public int HeadCount => Embedding / HeadDimension;

    /// <summary>Heads sharing K and V (grouped-query attention); 0 means one KV head per head.</summary>
    public int KvHeadCount => KvHeads > 0 ? KvHeads : HeadCount;

    public const string Llama = "llama";
    public const string Glm4Moe = "glm4moe";
    public const string Qwen3Moe = "qwen3moe";
    public const string Deepseek2 = "deepseek2";

    public static IReadOnlyList<string> Architectures { get; } = [Llama, Glm4Moe, Qwen3Moe, Deepseek2];

    public string Architecture => Arch ?? (DenseLead > 0 ? Glm4Moe : Llama);

    /// <summary>MLA sizes of the deepseek2 layout, scaled to the embedding: the compressed KV latent and the rope part.</summary>
    public int KvLoraRank => Math.Max(32, Embedding / 2);

    public int QLoraRank => Math.Max(32, Embedding / 2);

    public int RopeDimension => Architecture == Deepseek2 ? 32 : HeadDimension;

    public IReadOnlyList<InputError> Validate(string source)
    {
        var errors = new List<InputError>();
        void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new InputError(source, 0, 0, field, message));
            }
        }

        Require(Layers >= 1, "--layers", "must be at least 1");
        Require(Experts >= 0, "--experts", "must be 0 (dense) or more");
        Require(Experts == 0 ? ExpertsUsed == 0 : ExpertsUsed >= 1 && ExpertsUsed <= Experts,
            "--experts-used", "must be between 1 and --experts (0 for a dense model)");
        Require(Embedding >= 32 && Embedding % 32 == 0, "--embd", "must be a positive multiple of 32");
        Require(FeedForward >= 32 && FeedForward % 32 == 0, "--ff", "must be a positive multiple of 32");
        Require(DenseLead == 0 || (DenseLead > 0 && DenseLead < Layers), "--dense-lead", "must be between 0 and --layers - 1 (at least one MoE layer)");
        Require(DenseLead == 0 || Experts > 0, "--dense-lead", "needs --experts > 0 (leading dense layers come before MoE layers)");
        Require(Architectures.Contains(Architecture), "--arch", $"must be one of {string.Join(", ", Architectures)}");
        Require(Architecture is Llama or Glm4Moe || Experts > 0, "--arch", $"{Architecture} is a MoE layout and needs --experts > 0");
        Require(Architecture != Llama || DenseLead == 0, "--dense-lead", "llama cannot mix dense and MoE layers; use --arch glm4moe or deepseek2");
        Require(Architecture != Qwen3Moe || DenseLead == 0, "--dense-lead", "qwen3moe has no leading dense layers");
        Require(KvHeads == 0 || (KvHeads > 0 && HeadCount % KvHeads == 0), "--kv-heads", "must divide the head count (embedding / head size)");
        Require(Context >= 16, "--ctx", "must be at least 16");
        return errors;
    }
}
