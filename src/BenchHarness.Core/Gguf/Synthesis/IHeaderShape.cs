namespace BenchHarness.Gguf.Synthesis;

/// <summary>A real model's metadata and tensor table, written header-only (no weights) to plan memory with.</summary>
public interface IHeaderShape
{
    /// <summary>The name <c>bench synth-model --shape</c> takes.</summary>
    string Name { get; }

    SyntheticModel Create();
}

/// <summary>Every preset <c>bench synth-model --shape</c> writes.</summary>
public static class HeaderShapes
{
    public static IReadOnlyList<IHeaderShape> All { get; } =
    [
        Glm5LikeShapes.Shape, Glm5LikeShapes.Iq3Ks, Glm47FlashLikeShapes.Shape, Glm47FlashLikeShapes.Q4KM,
        Qwen3CoderNextShapes.UdQ5KXl, Qwen3CoderNextShapes.Q4_0,
        GptOss120bShapes.F16,
    ];
}
