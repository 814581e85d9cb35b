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
}
