namespace BenchHarness.Gguf;

/// <summary>
/// Writes a GGUF v3 file: metadata in the given order, the tensor table, then each tensor's data at an offset
/// aligned to <c>general.alignment</c> (32 unless the metadata sets it).
/// </summary>
public static class GgufWriter
{
    private const uint Magic = 0x46554747;
    private const uint Version = 3;

    /// <summary>Marks a file written without its tensor data: readers take its tensor table as the model's plan.</summary>
    public const string HeaderOnlyKey = "benchharness.header_only";

    public static async Task WriteAsync(
        Stream output,
        IReadOnlyList<KeyValuePair<string, GgufValue>> metadata,
        IReadOnlyList<GgufTensorSpec> tensors,
        CancellationToken cancellationToken)
    {
        await WriteHeaderAsync(output, metadata, tensors, cancellationToken);
        foreach (var tensor in tensors)
        {
            await WriteDataAsync(output, tensor, Alignment(metadata), cancellationToken);
        }
    }

    /// <summary>
    /// Writes only the header (metadata and the tensor table with the offsets the data would have), marked with
    /// <see cref="HeaderOnlyKey"/>: a model to plan memory for whose weights are elsewhere or not downloaded.
    /// </summary>
    public static Task WriteHeaderOnlyAsync(
        Stream output,
        IReadOnlyList<KeyValuePair<string, GgufValue>> metadata,
        IReadOnlyList<GgufTensorSpec> tensors,
        CancellationToken cancellationToken) =>
        WriteHeaderAsync(output, [.. metadata, new(HeaderOnlyKey, GgufValue.Of(true))], tensors, cancellationToken);

    private static uint Alignment(IReadOnlyList<KeyValuePair<string, GgufValue>> metadata) =>
        (uint)(metadata.FirstOrDefault(pair => pair.Key == "general.alignment").Value?.AsInteger() ?? GgufFile.DefaultAlignment);

    private static async Task WriteHeaderAsync(
        Stream output,
        IReadOnlyList<KeyValuePair<string, GgufValue>> metadata,
        IReadOnlyList<GgufTensorSpec> tensors,
        CancellationToken cancellationToken)
    {
        var alignment = Alignment(metadata);
        var header = new MemoryStream();
        var writer = new GgufBinaryWriter(header);
        writer.U32(Magic);
        writer.U32(Version);
        writer.U64((ulong)tensors.Count);
        writer.U64((ulong)metadata.Count);
        foreach (var (key, value) in metadata)
        {
            writer.String(key);
            writer.U32((uint)value.Type);
            writer.Value(value.Type, value.Value);
        }

        long offset = 0;
        foreach (var tensor in tensors)
        {
            writer.String(tensor.Name);
            writer.U32((uint)tensor.Shape.Count);
            foreach (var extent in tensor.Shape)
            {
                writer.U64((ulong)extent);
            }

            writer.U32((uint)tensor.Type.Id);
            writer.U64((ulong)offset);
            offset = GgufReader.Align(offset + tensor.Bytes, alignment);
        }

        header.Write(new byte[GgufReader.Align(header.Length, alignment) - header.Length]);
        await output.WriteAsync(header.GetBuffer().AsMemory(0, (int)header.Length), cancellationToken);
    }

    private static async Task WriteDataAsync(Stream output, GgufTensorSpec tensor, uint alignment, CancellationToken cancellationToken)
    {
        long written = 0;
        foreach (var chunk in tensor.Content())
        {
            await output.WriteAsync(chunk, cancellationToken);
            written += chunk.Length;
        }

        if (written != tensor.Bytes)
        {
            throw new InvalidOperationException($"tensor {tensor.Name}: content has {written} bytes, its shape needs {tensor.Bytes}");
        }

        var padding = GgufReader.Align(written, alignment) - written;
        await output.WriteAsync(new byte[padding], cancellationToken);
    }
}
