using System.Buffers.Binary;
using System.Text;

namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// Tensor bytes for the synthesized model: small uniform random values (deterministic per seed and tensor name)
/// or constants, encoded as F32, F16 or Q8_0 and produced a few rows at a time.
/// </summary>
public static class RandomTensorContent
{
    private const int ChunkBytes = 1 << 20;
    private const float Amplitude = 0.05f;

    public static Func<IEnumerable<ReadOnlyMemory<byte>>> Random(string name, IReadOnlyList<long> shape, GgmlType type, int seed)
    {
        var tensorSeed = seed ^ StableHash(name);
        return () =>
        {
            var random = new Random(tensorSeed);
            return Rows(shape, type, row =>
            {
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = (random.NextSingle() * 2 - 1) * Amplitude;
                }
            });
        };
    }

    public static Func<IEnumerable<ReadOnlyMemory<byte>>> Constant(IReadOnlyList<long> shape, GgmlType type, float value) =>
        () => Rows(shape, type, row => row.AsSpan().Fill(value));

    private static IEnumerable<ReadOnlyMemory<byte>> Rows(IReadOnlyList<long> shape, GgmlType type, Action<float[]> fill)
    {
        var rowLength = (int)shape[0];
        var rows = shape.Skip(1).Aggregate(1L, (product, extent) => product * extent);
        var rowBytes = (int)type.RowBytes(rowLength)!.Value;
        var rowsPerChunk = Math.Max(1, ChunkBytes / rowBytes);
        var values = new float[rowLength];
        for (long first = 0; first < rows; first += rowsPerChunk)
        {
            var count = (int)Math.Min(rowsPerChunk, rows - first);
            var chunk = new byte[count * rowBytes];
            for (var r = 0; r < count; r++)
            {
                fill(values);
                Encode(values, type, chunk.AsSpan(r * rowBytes, rowBytes));
            }

            yield return chunk;
        }
    }

    private static void Encode(float[] values, GgmlType type, Span<byte> target)
    {
        if (type == GgmlTypes.F32)
        {
            for (var i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(target[(i * 4)..], values[i]);
            }
        }
        else if (type == GgmlTypes.F16)
        {
            for (var i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(target[(i * 2)..], (Half)values[i]);
            }
        }
        else if (type == GgmlTypes.Q8_0)
        {
            Q8_0Quantizer.Quantize(values, target);
        }
        else
        {
            throw new ArgumentException($"cannot encode {type.Name} values", nameof(type));
        }
    }

    /// <summary>FNV-1a of the name: a seed that does not change between runs (string.GetHashCode does).</summary>
    private static int StableHash(string name)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)hash;
    }
}
