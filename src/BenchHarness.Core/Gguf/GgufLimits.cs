namespace BenchHarness.Gguf;

/// <summary>
/// What a GGUF header may claim before it is believed. Every count is checked against these maxima and against
/// the bytes left in the file (times the smallest size one entry can take) before anything is allocated.
/// The largest real models stay far below each (a few thousand tensors, a 262,144-token vocabulary, a header of
/// tens of MiB, a few hundred layers).
/// </summary>
public static class GgufLimits
{
    public const long MaxHeaderBytes = 256L << 20;

    public const long MaxTensors = 1L << 20;

    public const long MaxMetadataEntries = 1L << 16;

    /// <summary>Array items in the whole header together (vocabulary, scores, token types, merges ...).</summary>
    public const long MaxArrayItems = 1L << 22;

    public const int MaxArrayDepth = 4;

    /// <summary>Layers of a model: <c>&lt;arch&gt;.block_count</c> and every <c>blk.N.</c> index stay below this.</summary>
    public const long MaxLayers = 1L << 16;

    /// <summary>Smallest tensor info: empty name (8-byte length), dimension count, type and offset.</summary>
    internal const long MinTensorInfoBytes = 8 + 4 + 4 + 8;

    /// <summary>Smallest metadata entry: empty key (8-byte length), value type and a one-byte value.</summary>
    internal const long MinMetadataEntryBytes = 8 + 4 + 1;
}
