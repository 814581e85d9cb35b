namespace BenchHarness.Gguf;

/// <summary>
/// What <c>bench gguf</c> reports about a model. Model facts come from the <c>&lt;architecture&gt;.*</c> keys
/// and are null when the file does not set them; byte totals add up the tensors whose size is known.
/// </summary>
public sealed record GgufModelReport(
    IReadOnlyList<string> Files,
    uint Version,
    string? Architecture,
    long? BlockCount,
    long? ExpertCount,
    long? ExpertUsedCount,
    long? LeadingDenseBlockCount,
    long? ContextLength,
    int TensorCount,
    long TensorBytesTotal,
    long ExpertBytesTotal,
    int UnknownSizeTensors,
    IReadOnlyList<GgufLayerBytes> Layers,
    IReadOnlyList<GgufTensorRow> Tensors,
    IReadOnlyDictionary<string, object?> Metadata);
