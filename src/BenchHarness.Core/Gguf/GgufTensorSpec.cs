namespace BenchHarness.Gguf;

/// <summary>
/// A tensor to write: its name, ggml shape (ne[0] first), type, and its bytes produced in chunks so that
/// large models never sit in memory whole. The chunks must add up to exactly the tensor's size.
/// </summary>
public sealed record GgufTensorSpec(
    string Name,
    IReadOnlyList<long> Shape,
    GgmlType Type,
    Func<IEnumerable<ReadOnlyMemory<byte>>> Content)
{
    public long Bytes => TensorSize.Of(Type, Type.Id, Shape).Bytes
        ?? throw new ArgumentException($"tensor {Name}: shape does not fit {Type.Name} blocks");
}
