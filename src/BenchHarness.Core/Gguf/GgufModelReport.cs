using System.Text.Json.Serialization;

namespace BenchHarness.Gguf;

/// <summary>
/// What <c>bench gguf</c> reports about a model. Model facts come from the <c>&lt;architecture&gt;.*</c> keys
/// and are null (printed as null in JSON) when the file does not set them; byte totals add up the tensors whose size is known.
/// </summary>
public sealed record GgufModelReport(
    IReadOnlyList<string> Files,
    uint Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Architecture,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? BlockCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? ExpertCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? ExpertUsedCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? LeadingDenseBlockCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? ContextLength,
    int TensorCount,
    long TensorBytesTotal,
    long ExpertBytesTotal,
    int UnknownSizeTensors,
    IReadOnlyList<GgufLayerBytes> Layers,
    IReadOnlyList<GgufTensorRow> Tensors,
    IReadOnlyDictionary<string, object?> Metadata);
