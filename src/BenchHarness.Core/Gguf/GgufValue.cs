using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>
/// One metadata value. <see cref="Value"/> holds the CLR type matching <see cref="Type"/>: byte, sbyte, ushort,
/// short, uint, int, float, bool, string, <see cref="GgufArray"/>, ulong, long or double.
/// </summary>
public sealed record GgufValue(GgufValueType Type, object Value)
{
    public static GgufValue Of(string value) => new(GgufValueType.String, value);

    public static GgufValue Of(uint value) => new(GgufValueType.Uint32, value);

    public static GgufValue Of(int value) => new(GgufValueType.Int32, value);

    public static GgufValue Of(float value) => new(GgufValueType.Float32, value);

    public static GgufValue Of(bool value) => new(GgufValueType.Bool, value);

    public static GgufValue Array(GgufValueType elementType, IEnumerable<object> items) =>
        new(GgufValueType.Array, new GgufArray(elementType, [.. items]));

    /// <summary>The value as a whole number, when it is one of the integer types.</summary>
    public long? AsInteger() => Value switch
    {
        byte or sbyte or ushort or short or uint or int or long => Convert.ToInt64(Value, CultureInfo.InvariantCulture),
        ulong big when big <= long.MaxValue => (long)big,
        _ => null,
    };

    public string? AsString() => Value as string;

    public GgufArray? AsArray() => Value as GgufArray;
}
