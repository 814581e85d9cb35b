namespace BenchHarness.Gguf;

/// <summary>
/// The header of one GGUF file: version, metadata in file order, the tensor table, and where the tensor
/// data section starts (<see cref="DataStart"/>, absolute in the file).
/// </summary>
public sealed record GgufFile(
    string Source,
    uint Version,
    IReadOnlyList<KeyValuePair<string, GgufValue>> Metadata,
    IReadOnlyList<GgufTensorInfo> Tensors,
    uint Alignment,
    long DataStart)
{
    public const uint DefaultAlignment = 32;

    public GgufValue? Find(string key) => Metadata.FirstOrDefault(entry => entry.Key == key).Value;

    /// <summary><c>&lt;architecture&gt;.block_count</c>; every shard of a split model carries it in its metadata.</summary>
    public long? BlockCount => Find("general.architecture")?.AsString() is { } architecture
        ? Find($"{architecture}.block_count")?.AsInteger()
        : null;
}
