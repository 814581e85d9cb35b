using System.Buffers.Binary;
using System.Text;

namespace BenchHarness.Gguf;

/// <summary>Little-endian GGUF primitives and metadata values into a buffer.</summary>
internal sealed class GgufBinaryWriter(Stream stream)
{
    private readonly byte[] scratch = new byte[8];

    public void U8(byte value) => stream.WriteByte(value);

    public void U16(ushort value) => Emit(2, span => BinaryPrimitives.WriteUInt16LittleEndian(span, value));

    public void U32(uint value) => Emit(4, span => BinaryPrimitives.WriteUInt32LittleEndian(span, value));

    public void U64(ulong value) => Emit(8, span => BinaryPrimitives.WriteUInt64LittleEndian(span, value));

    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        U64((ulong)bytes.Length);
        stream.Write(bytes);
    }

    public void Value(GgufValueType type, object value)
    {
        switch (type)
        {
            case GgufValueType.Uint8: U8((byte)value); break;
            case GgufValueType.Int8: U8((byte)(sbyte)value); break;
            case GgufValueType.Uint16: U16((ushort)value); break;
            case GgufValueType.Int16: U16((ushort)(short)value); break;
            case GgufValueType.Uint32: U32((uint)value); break;
            case GgufValueType.Int32: U32((uint)(int)value); break;
            case GgufValueType.Float32: Emit(4, span => BinaryPrimitives.WriteSingleLittleEndian(span, (float)value)); break;
            case GgufValueType.Bool: U8((bool)value ? (byte)1 : (byte)0); break;
            case GgufValueType.String: String((string)value); break;
            case GgufValueType.Array: Array((GgufArray)value); break;
            case GgufValueType.Uint64: U64((ulong)value); break;
            case GgufValueType.Int64: U64((ulong)(long)value); break;
            case GgufValueType.Float64: Emit(8, span => BinaryPrimitives.WriteDoubleLittleEndian(span, (double)value)); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "not a GGUF value type");
        }
    }

    private void Array(GgufArray array)
    {
        U32((uint)array.ElementType);
        U64((ulong)array.Items.Count);
        foreach (var item in array.Items)
        {
            Value(array.ElementType, item);
        }
    }

    private void Emit(int count, SpanAction write)
    {
        write(scratch.AsSpan(0, count));
        stream.Write(scratch, 0, count);
    }

    private delegate void SpanAction(Span<byte> span);
}
