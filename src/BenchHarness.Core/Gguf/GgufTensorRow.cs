namespace BenchHarness.Gguf;

/// <summary>
/// One tensor in a report. <see cref="Offset"/> is absolute in its file; <see cref="Shard"/> (1-based) is set
/// only for split models. <see cref="Bytes"/> is null when the size cannot be known (<see cref="SizeProblem"/>).
/// </summary>
public sealed record GgufTensorRow(
    string Name,
    string Type,
    IReadOnlyList<long> Shape,
    long? Bytes,
    long Offset,
    int? Shard,
    string? SizeProblem);
