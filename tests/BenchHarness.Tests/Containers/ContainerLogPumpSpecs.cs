using System.Text;
using BenchHarness.Servers.Containers;
using Docker.DotNet;

namespace BenchHarness.Tests.Containers;

public sealed class ContainerLogPumpSpecs
{
    [Fact]
    public async Task Frames_are_split_into_lines_per_stream_even_when_a_line_spans_frames()
    {
        var stream = new MemoryStream([
            .. Frame(2, "main: loading mo"),
            .. Frame(1, "stdout line\n"),
            .. Frame(2, "del\nsrv  init: ready\npartial"),
        ]);

        var lines = await Collect(stream);

        Assert.Equal(["stdout line", "main: loading model", "srv  init: ready", "partial"], lines);
    }

    [Fact]
    public async Task A_multibyte_character_cut_between_frames_is_decoded_whole()
    {
        var bytes = Encoding.UTF8.GetBytes("temp 20 °C\n");
        var cut = Array.IndexOf(bytes, (byte)0xC2) + 1;
        var stream = new MemoryStream([.. Frame(1, bytes[..cut]), .. Frame(1, bytes[cut..])]);

        Assert.Equal(["temp 20 °C"], await Collect(stream));
    }

    private static byte[] Frame(byte kind, string text) => Frame(kind, Encoding.UTF8.GetBytes(text));

    private static byte[] Frame(byte kind, byte[] payload) =>
        [kind, 0, 0, 0, (byte)(payload.Length >> 24), (byte)(payload.Length >> 16), (byte)(payload.Length >> 8), (byte)payload.Length, .. payload];

    private static async Task<List<string>> Collect(Stream stream)
    {
        // Docker.DotNet's own reader of the engine's frames, as the launcher uses it.
        var lines = new List<string>();
        using var multiplexed = new MultiplexedStream(stream, multiplexed: true);
        await ContainerLogPump.CopyLinesAsync(multiplexed, lines.Add, CancellationToken.None);
        return lines;
    }
}
