using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Splits the Engine API's log stream into lines. Without a TTY each chunk comes in a frame: one byte for
/// the stream (1 stdout, 2 stderr), three zero bytes, a big-endian 32-bit length, then the payload.
/// stdout and stderr keep separate partial lines so interleaved frames never mix their text.
/// </summary>
public static class EngineLogFrames
{
    private const int HeaderSize = 8;

    public static async IAsyncEnumerable<string> ReadLinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        var partial = new Dictionary<byte, StringBuilder>();
        var decoders = new Dictionary<byte, Decoder>();
        while (await ReadExactlyOrEndAsync(stream, header, cancellationToken))
        {
            var kind = header[0];
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4));
            var payload = new byte[length];
            await stream.ReadExactlyAsync(payload, cancellationToken);
            var text = Decode(decoders, kind, payload);
            var buffer = partial.TryGetValue(kind, out var b) ? b : partial[kind] = new StringBuilder();
            foreach (var line in CompleteLines(buffer, text))
            {
                yield return line;
            }
        }

        foreach (var rest in partial.Values.Where(b => b.Length > 0))
        {
            yield return rest.ToString();
        }
    }

    private static string Decode(Dictionary<byte, Decoder> decoders, byte kind, byte[] payload)
    {
        var decoder = decoders.TryGetValue(kind, out var d) ? d : decoders[kind] = Encoding.UTF8.GetDecoder();
        var chars = new char[decoder.GetCharCount(payload, flush: false)];
        var count = decoder.GetChars(payload, chars, flush: false);
        return new string(chars, 0, count);
    }

    private static IEnumerable<string> CompleteLines(StringBuilder buffer, string text)
    {
        buffer.Append(text);
        var all = buffer.ToString();
        var lastBreak = all.LastIndexOf('\n');
        if (lastBreak < 0)
        {
            return [];
        }

        buffer.Clear().Append(all, lastBreak + 1, all.Length - lastBreak - 1);
        return all[..lastBreak].Split('\n').Select(l => l.TrimEnd('\r'));
    }

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (read != 0 && read < buffer.Length)
        {
            throw new EndOfStreamException("the engine's log stream ended inside a frame header");
        }

        return read == buffer.Length;
    }
}
