namespace BenchHarness.Gguf;

/// <summary>
/// One entry of a GGUF tensor table. <see cref="Shape"/> is ggml's order (ne[0] first, the row length).
/// <see cref="DataOffset"/> is relative to the file's data section; <see cref="Bytes"/> is null when the
/// type is unknown or the shape does not fit its blocks (<see cref="SizeProblem"/> says why).
/// </summary>
public sealed record GgufTensorInfo(
    string Name,
    IReadOnlyList<long> Shape,
    int TypeId,
    GgmlType? Type,
    ulong DataOffset,
    long? Bytes,
    string? SizeProblem)
{
    public string TypeName => Type?.Name ?? $"unknown({TypeId})";
}
