using System.Buffers.Binary;
using System.Text;

namespace BenchHarness.Tests.Fuzz;

/// <summary>
/// Seeded mutations of real inputs: bit flips, interesting bytes and 64-bit values, inserted, repeated and
/// removed spans, truncation. The same seed gives the same inputs, so a failure names its seed and replays.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[] InterestingBytes = [0, 0xFF, 0x7F, 0x80, (byte)'[', (byte)'{', (byte)'&', (byte)'*', (byte)':', (byte)'\n', (byte)'-', (byte)'9', (byte)'"', (byte)'|', (byte)'.'];

    private static readonly ulong[] InterestingWords = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 1UL << 40, long.MaxValue, ulong.MaxValue];

    private static readonly string[] InterestingText =
    [
        "99999999999", "2147483648", "-1", new string('9', 40), "1e400", "nan", "inf", "&a [*a, *a, *a]", "*a",
        new string('[', 200), "{", "\"", "blk.2000000000.", "null", "[DONE]", "\t", "\u00e9", "\0",
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var bytes = input.ToList();
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            MutateOnce(bytes);
        }

        return [.. bytes];
    }

    public string Mutate(string input) => Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(input)));

    private void MutateOnce(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(8))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = InterestingBytes[_random.Next(InterestingBytes.Length)];
                break;
            case 2 when bytes.Count >= 8:
                var word = new byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(word, InterestingWords[_random.Next(InterestingWords.Length)]);
                var start = Math.Min(at, bytes.Count - 8);
                for (var i = 0; i < 8; i++)
                {
                    bytes[start + i] = word[i];
                }

                break;
            case 3:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(InterestingText[_random.Next(InterestingText.Length)]));
                break;
            case 4 when bytes.Count > 0:
                var length = Math.Min(1 + _random.Next(64), bytes.Count - at);
                bytes.RemoveRange(at, length);
                break;
            case 5 when bytes.Count > 0:
                var span = bytes.GetRange(at, Math.Min(1 + _random.Next(128), bytes.Count - at));
                bytes.InsertRange(_random.Next(bytes.Count), span);
                break;
            case 6 when bytes.Count > 0:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                bytes.Insert(at, (byte)_random.Next(256));
                break;
        }
    }
}
