using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace BenchHarness.Gguf;

/// <summary>Little-endian primitives from any stream, counting the bytes consumed (the stream need not seek).</summary>
internal sealed class GgufBinaryReader(Stream stream)
{
    private readonly byte[] scratch = new byte[8];

    public long Position { get; private set; }

    /// <summary>Bytes left when the stream knows its length; used to reject absurd lengths before allocating.</summary>
    public long? Remaining => stream.CanSeek ? stream.Length - stream.Position : null;

    public byte U8() => Fill(1)[0];

    public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(Fill(2));

    public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Fill(4));

    public ulong U64() => BinaryPrimitives.ReadUInt64LittleEndian(Fill(8));

    public float F32() => BinaryPrimitives.ReadSingleLittleEndian(Fill(4));

    public double F64() => BinaryPrimitives.ReadDoubleLittleEndian(Fill(8));

    public string String()
    {
        var length = U64();
        if (Remaining is { } left && length > (ulong)left)
        {
            throw new EndOfStreamException($"a string of {length} bytes runs past the end of the file");
        }

        Claim(length, "a string");

        var bytes = new byte[(int)length];
        stream.ReadExactly(bytes);
        Position += bytes.Length;
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Refuses a header that would grow past <see cref="GgufLimits.MaxHeaderBytes"/> by reading <paramref name="bytes"/> more.</summary>
    public void Claim(ulong bytes, string what)
    {
        if (bytes > (ulong)(GgufLimits.MaxHeaderBytes - Position))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{what} of {bytes} bytes at byte {Position} would make the header larger than {GgufLimits.MaxHeaderBytes >> 20} MiB"));
        }
    }

    private ReadOnlySpan<byte> Fill(int count)
    {
        Claim((ulong)count, "a value");
        stream.ReadExactly(scratch, 0, count);
        Position += count;
        return scratch.AsSpan(0, count);
    }
}
