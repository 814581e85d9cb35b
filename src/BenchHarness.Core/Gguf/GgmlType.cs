namespace BenchHarness.Gguf;

/// <summary>
/// How one ggml tensor type stores its elements: <paramref name="BlockSize"/> elements share
/// <paramref name="BytesPerBlock"/> bytes. Some ik_llama.cpp types also store a fixed
/// <paramref name="RowMetaBytes"/> per row (a row scale) in front of the row's blocks.
/// </summary>
public sealed record GgmlType(int Id, string Name, int BlockSize, int BytesPerBlock, int RowMetaBytes = 0)
{
    /// <summary>Bytes of one row of <paramref name="elements"/> elements, or null when the row does not fill whole blocks.</summary>
    public long? RowBytes(long elements) =>
        elements % BlockSize == 0 ? RowMetaBytes + elements / BlockSize * BytesPerBlock : null;
}
