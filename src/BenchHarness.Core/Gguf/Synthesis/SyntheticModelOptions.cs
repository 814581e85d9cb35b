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
    int Context = 4096)
{
    /// <summary>Attention head width: 64, or 32 for embeddings that are not a multiple of 64.</summary>
    public int HeadDimension => Embedding % 64 == 0 ? 64 : 32;

    public int HeadCount => Embedding / HeadDimension;

    public const string Llama = "llama";
    public const string Glm4Moe = "glm4moe";

    public string Architecture => DenseLead > 0 ? Glm4Moe : Llama;

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
        Require(Context >= 16, "--ctx", "must be at least 16");
        return errors;
    }
}
