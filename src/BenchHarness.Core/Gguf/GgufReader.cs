using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>
/// Reads the header of a GGUF v2 or v3 file (metadata and tensor table) without reading the weights.
/// Any problem with the bytes becomes an <see cref="InputException"/> naming <c>source</c>.
/// </summary>
public static class GgufReader
{
    private const uint Magic = 0x46554747; // "GGUF" read little-endian
    private const string AlignmentKey = "general.alignment";

    public static GgufFile Read(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var reader = new GgufBinaryReader(stream);
        try
        {
            return ReadHeader(reader, stream, source, cancellationToken);
        }
        catch (EndOfStreamException e)
        {
            throw new InputException(source, string.Create(
                CultureInfo.InvariantCulture,
                $"truncated GGUF file: it ends inside the header (after byte {reader.Position}): {e.Message}"));
        }
        catch (InvalidDataException e)
        {
            throw new InputException(source, e.Message);
        }
    }

    private static GgufFile ReadHeader(GgufBinaryReader reader, Stream stream, string source, CancellationToken cancellationToken)
    {
        if (reader.U32() != Magic)
        {
            throw new InvalidDataException("not a GGUF file (the first four bytes are not \"GGUF\")");
        }

        var version = ReadVersion(reader);
        var tensorCount = ReadCount(reader, "tensor count", GgufLimits.MaxTensors, GgufLimits.MinTensorInfoBytes);
        var metadataCount = ReadCount(reader, "metadata count", GgufLimits.MaxMetadataEntries, GgufLimits.MinMetadataEntryBytes);

        // Counts are bounded, so the lists may be sized; the file's own remaining bytes bound them further.
        var values = new GgufValueReader(reader);
        var metadata = new List<KeyValuePair<string, GgufValue>>();
        for (long i = 0; i < metadataCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = reader.String();
            metadata.Add(new(key, values.Read((GgufValueType)reader.U32(), key)));
        }

        RequireUnique(metadata.Select(entry => entry.Key), "metadata key");
        RequireLayerCount(metadata);
        var tensors = new List<GgufTensorInfo>();
        for (long i = 0; i < tensorCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tensors.Add(ReadTensorInfo(reader));
        }

        RequireUnique(tensors.Select(tensor => tensor.Name), "tensor name");
        var alignment = ReadAlignment(metadata);
        var dataStart = Align(reader.Position, alignment);
        var file = new GgufFile(source, version, metadata, tensors, alignment, dataStart);
        if (stream.CanSeek && file.Find(GgufWriter.HeaderOnlyKey)?.Value is not true)
        {
            RequireTensorData(file, stream.Length);
        }

        return file;
    }

    private static uint ReadVersion(GgufBinaryReader reader)
    {
        var version = reader.U32();
        return version switch
        {
            2 or 3 => version,
            1 => throw new InvalidDataException(
                "GGUF version 1 is not supported (only versions 2 and 3); convert the model again with a current llama.cpp"),
            0x02000000 or 0x03000000 => throw new InvalidDataException(
                "big-endian GGUF files are not supported; only little-endian GGUF v2 and v3"),
            _ => throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture, $"unsupported GGUF version {version} (only versions 2 and 3)")),
        };
    }

    /// <summary>A count of entries, each at least <paramref name="entryBytes"/> long, checked before any is read.</summary>
    private static long ReadCount(GgufBinaryReader reader, string what, long maximum, long entryBytes)
    {
        var count = reader.U64();
        if (reader.Remaining is { } left && count > (ulong)(left / entryBytes))
        {
            throw new EndOfStreamException(string.Create(
                CultureInfo.InvariantCulture, $"the {what} {count} is more than the rest of the file can hold ({left} bytes, at least {entryBytes} per entry)"));
        }

        if (count > (ulong)maximum)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture, $"the {what} {count} is more than {maximum}, the most this reader accepts"));
        }

        return (long)count;
    }

    /// <summary><c>&lt;architecture&gt;.block_count</c> sizes per-layer tables later, so it is bounded here.</summary>
    private static void RequireLayerCount(List<KeyValuePair<string, GgufValue>> metadata)
    {
        if (metadata.FirstOrDefault(entry => entry.Key == "general.architecture").Value?.AsString() is not { } architecture)
        {
            return;
        }

        var key = $"{architecture}.block_count";
        if (metadata.FirstOrDefault(entry => entry.Key == key).Value is { } value
            && value.AsInteger() is not (>= 0 and <= GgufLimits.MaxLayers))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"metadata {key} is {value.Value}; a model has 0 to {GgufLimits.MaxLayers} layers"));
        }
    }

    private static GgufTensorInfo ReadTensorInfo(GgufBinaryReader reader)
    {
        var name = reader.String();
        if (GgufLayerIndex.Of(name) is >= GgufLimits.MaxLayers)
        {
            var index = name.Split('.')[1];
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"tensor {Shown(name)}: layer {Shown(index)} is out of range (layers are numbered 0 to {GgufLimits.MaxLayers - 1})"));
        }

        var dimensions = reader.U32();
        if (dimensions > 8)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture, $"tensor {Shown(name)} has {dimensions} dimensions (at most 4 are valid)"));
        }

        var shape = new long[dimensions];
        for (var d = 0; d < shape.Length; d++)
        {
            var extent = reader.U64();
            shape[d] = extent > long.MaxValue ? -1 : (long)extent;
        }

        var typeId = (int)reader.U32();
        var offset = reader.U64();
        var type = GgmlTypes.Find(typeId);
        var size = TensorSize.Of(type, typeId, shape);
        return new GgufTensorInfo(name, shape, typeId, type, offset, size.Bytes, size.Problem);
    }

    private static uint ReadAlignment(IEnumerable<KeyValuePair<string, GgufValue>> metadata)
    {
        var entry = metadata.FirstOrDefault(pair => pair.Key == AlignmentKey).Value;
        if (entry is null)
        {
            return GgufFile.DefaultAlignment;
        }

        return entry.AsInteger() is { } value && value > 0 && (value & (value - 1)) == 0 && value <= uint.MaxValue
            ? (uint)value
            : throw new InvalidDataException($"{AlignmentKey} must be a power of two, not {entry.Value}");
    }

    // llama.cpp refuses files with a repeated key or tensor name; so does this reader, naming the repeat.
    private static void RequireUnique(IEnumerable<string> names, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                throw new InvalidDataException($"duplicate {what} {name}");
            }
        }
    }

    private static void RequireTensorData(GgufFile file, long fileLength)
    {
        foreach (var tensor in file.Tensors.Where(tensor => tensor.Bytes is not null))
        {
            var end = (decimal)file.DataStart + tensor.DataOffset + tensor.Bytes!.Value;
            if (end > fileLength)
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"truncated GGUF file: tensor {tensor.Name} ends at byte {end} but the file has {fileLength} bytes"));
            }
        }
    }

    /// <summary>A name as it may be quoted in a message: a hostile 100 MB tensor name is cut short.</summary>
    private static string Shown(string text) => text.Length <= 120 ? text : text[..117] + "...";

    internal static long Align(long position, uint alignment) =>
        (position + alignment - 1) / alignment * alignment;
}
