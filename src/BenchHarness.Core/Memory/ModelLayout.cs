namespace BenchHarness.Memory;

/// <summary>
/// The facts of a GGUF the memory model needs: layer counts (all blocks and the trailing next-token-prediction
/// blocks llama.cpp skips), sizes for the compute estimate, each layer's attention shape, and every tensor.
/// </summary>
public sealed record ModelLayout
{
    public required string Architecture { get; init; }

    /// <summary><c>block_count</c>: every block, next-token-prediction ones included (llama.cpp's n_layer_all).</summary>
    public required int BlockCount { get; init; }

    /// <summary>Trailing blocks that only a draft (MTP) context uses; their tensors are not loaded and they get no KV.</summary>
    public int NextNLayers { get; init; }

    public int TrunkLayers => BlockCount - NextNLayers;
    public required long Embedding { get; init; }
    public required long Vocabulary { get; init; }
    public required long HeadCount { get; init; }
    public int TrainedContext { get; init; }
    public int SlidingWindow { get; init; }
    public bool IsMla { get; init; }
    public int ExpertCount { get; init; }
    public int ExpertUsedCount { get; init; }
    public required IReadOnlyList<AttentionShape> Attention { get; init; }

    /// <summary>The fixed-size state of the recurrent layers of a hybrid model (null when it has none).</summary>
    public RecurrentState? Recurrent { get; init; }
    public required IReadOnlyList<ModelTensor> Tensors { get; init; }
    public int ShardCount { get; init; } = 1;
}
