namespace BenchHarness.Memory;

/// <summary>Where llama.cpp's loader puts a tensor before any override: the input layer, one block, or the output layer.</summary>
public enum TensorRole
{
    Input,
    Block,
    Output,
}

/// <summary>
/// One weight as the memory model sees it: exact bytes, which shard holds it and where its data starts in that
/// file (the mapped span of a CPU buffer runs from the first to the last byte of its tensors in one file).
/// </summary>
public sealed record ModelTensor(string Name, long Bytes, int Shard, long FileOffset, TensorRole Role, int? Layer, IReadOnlyList<long>? Shape = null)
{
    public long FileEnd => FileOffset + Bytes;

    /// <summary>ne[1]: the output width of a matrix (the FFN width of an up-projection).</summary>
    public long Width => Shape is { Count: > 1 } shape ? shape[1] : 0;
}
