using System.Buffers.Binary;

namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// ggml's Q8_0: each block of 32 values is one f16 scale d = max|x| / 127 followed by 32 int8 values round(x / d).
/// </summary>
public static class Q8_0Quantizer
{
    public const int BlockSize = 32;
    public const int BlockBytes = 2 + BlockSize;

    /// <summary>Quantises <paramref name="values"/> (a multiple of 32 long) into <paramref name="output"/>.</summary>
    public static void Quantize(ReadOnlySpan<float> values, Span<byte> output)
    {
        if (values.Length % BlockSize != 0 || output.Length != values.Length / BlockSize * BlockBytes)
        {
            throw new ArgumentException("Q8_0 needs whole blocks of 32 values and 34 bytes of output per block");
        }

        for (var block = 0; block < values.Length / BlockSize; block++)
        {
            var source = values.Slice(block * BlockSize, BlockSize);
            var target = output.Slice(block * BlockBytes, BlockBytes);
            var absMax = 0f;
            foreach (var value in source)
            {
                absMax = Math.Max(absMax, Math.Abs(value));
            }

            var scale = absMax / 127f;
            var inverse = scale == 0 ? 0 : 1 / scale;
            BinaryPrimitives.WriteHalfLittleEndian(target, (Half)scale);
            for (var i = 0; i < BlockSize; i++)
            {
                target[2 + i] = (byte)(sbyte)Math.Clamp(MathF.Round(source[i] * inverse), -127, 127);
            }
        }
    }

    /// <summary>The values a Q8_0 block decodes to (d * q), for checking round trips.</summary>
    public static float[] Dequantize(ReadOnlySpan<byte> blocks)
    {
        var values = new float[blocks.Length / BlockBytes * BlockSize];
        for (var block = 0; block < blocks.Length / BlockBytes; block++)
        {
            var source = blocks.Slice(block * BlockBytes, BlockBytes);
            var scale = (float)BinaryPrimitives.ReadHalfLittleEndian(source);
            for (var i = 0; i < BlockSize; i++)
            {
                values[block * BlockSize + i] = scale * (sbyte)source[2 + i];
            }
        }

        return values;
    }
}
