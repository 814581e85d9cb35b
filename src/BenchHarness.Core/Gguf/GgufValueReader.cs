using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>Reads one metadata value of a given type, arrays (and arrays of arrays) included.</summary>
internal static class GgufValueReader
{
    public static GgufValue Read(GgufBinaryReader reader, GgufValueType type, string key) =>
        new(type, ReadRaw(reader, type, key));

    private static object ReadRaw(GgufBinaryReader reader, GgufValueType type, string key) => type switch
    {
        GgufValueType.Uint8 => reader.U8(),
        GgufValueType.Int8 => (sbyte)reader.U8(),
        GgufValueType.Uint16 => reader.U16(),
        GgufValueType.Int16 => (short)reader.U16(),
        GgufValueType.Uint32 => reader.U32(),
        GgufValueType.Int32 => (int)reader.U32(),
        GgufValueType.Float32 => reader.F32(),
        GgufValueType.Bool => ReadBool(reader, key),
        GgufValueType.String => reader.String(),
        GgufValueType.Array => ReadArray(reader, key),
        GgufValueType.Uint64 => reader.U64(),
        GgufValueType.Int64 => (long)reader.U64(),
        GgufValueType.Float64 => reader.F64(),
        _ => throw new InvalidDataException(string.Create(
            CultureInfo.InvariantCulture, $"metadata {key} has unknown value type {(int)type}")),
    };

    private static bool ReadBool(GgufBinaryReader reader, string key) => reader.U8() switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException(string.Create(
            CultureInfo.InvariantCulture, $"metadata {key} has bool value {other} (only 0 and 1 are valid)")),
    };

    private static GgufArray ReadArray(GgufBinaryReader reader, string key)
    {
        var elementType = (GgufValueType)reader.U32();
        var count = reader.U64();
        if (count > int.MaxValue || (reader.Remaining is { } left && count > (ulong)left))
        {
            throw new EndOfStreamException(string.Create(
                CultureInfo.InvariantCulture, $"metadata {key} claims {count} array items, more than the rest of the file"));
        }

        var items = new object[(int)count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadRaw(reader, elementType, key);
        }

        return new GgufArray(elementType, items);
    }
}
