using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>
/// Reads metadata values of a given type, arrays (and arrays of arrays) included. Array lengths are checked
/// against the bytes left and against <see cref="GgufLimits"/> (items in the whole header, nesting) first.
/// </summary>
internal sealed class GgufValueReader(GgufBinaryReader reader)
{
    private long _arrayItems;

    public GgufValue Read(GgufValueType type, string key) => new(type, ReadRaw(type, key, depth: 0));

    /// <summary>The fewest bytes one value of the type takes in the file; 0 for an unknown type (rejected when read).</summary>
    public static long MinimumBytes(GgufValueType type) => type switch
    {
        GgufValueType.Uint8 or GgufValueType.Int8 or GgufValueType.Bool => 1,
        GgufValueType.Uint16 or GgufValueType.Int16 => 2,
        GgufValueType.Uint32 or GgufValueType.Int32 or GgufValueType.Float32 => 4,
        GgufValueType.Uint64 or GgufValueType.Int64 or GgufValueType.Float64 or GgufValueType.String => 8,
        GgufValueType.Array => 4 + 8,
        _ => 0,
    };

    private object ReadRaw(GgufValueType type, string key, int depth) => type switch
    {
        GgufValueType.Uint8 => reader.U8(),
        GgufValueType.Int8 => (sbyte)reader.U8(),
        GgufValueType.Uint16 => reader.U16(),
        GgufValueType.Int16 => (short)reader.U16(),
        GgufValueType.Uint32 => reader.U32(),
        GgufValueType.Int32 => (int)reader.U32(),
        GgufValueType.Float32 => reader.F32(),
        GgufValueType.Bool => ReadBool(key),
        GgufValueType.String => reader.String(),
        GgufValueType.Array => ReadArray(key, depth + 1),
        GgufValueType.Uint64 => reader.U64(),
        GgufValueType.Int64 => (long)reader.U64(),
        GgufValueType.Float64 => reader.F64(),
        _ => throw new InvalidDataException(string.Create(
            CultureInfo.InvariantCulture, $"metadata {key} has unknown value type {(int)type}")),
    };

    private bool ReadBool(string key) => reader.U8() switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException(string.Create(
            CultureInfo.InvariantCulture, $"metadata {key} has bool value {other} (only 0 and 1 are valid)")),
    };

    private GgufArray ReadArray(string key, int depth)
    {
        if (depth > GgufLimits.MaxArrayDepth)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture, $"metadata {key} nests arrays deeper than {GgufLimits.MaxArrayDepth} levels"));
        }

        var elementType = (GgufValueType)reader.U32();
        var count = reader.U64();
        var minimum = Math.Max(1, MinimumBytes(elementType));
        if (reader.Remaining is { } left && count > (ulong)(left / minimum))
        {
            throw new EndOfStreamException(string.Create(
                CultureInfo.InvariantCulture, $"metadata {key} claims {count} array items, more than the rest of the file holds"));
        }

        if (count > (ulong)(GgufLimits.MaxArrayItems - _arrayItems))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"metadata {key} claims {count} array items; the whole header may hold at most {GgufLimits.MaxArrayItems}"));
        }

        _arrayItems += (long)count;
        var items = new object[(int)count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadRaw(elementType, key, depth);
        }

        return new GgufArray(elementType, items);
    }
}
