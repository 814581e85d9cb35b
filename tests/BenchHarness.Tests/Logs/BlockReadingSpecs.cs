using System.Text.Json;
using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Reading a log in blocks of whole lines (the fast path of <c>bench parse-log</c>, which never makes strings of the
/// lines that cannot matter) reports exactly what reading it line by line reports, line numbers included.
/// </summary>
public sealed class BlockReadingSpecs
{
    public static TheoryData<string> Logs() => [.. LogFiles.Names()];

    [Theory]
    [MemberData(nameof(Logs))]
    public void One_block_reports_what_line_by_line_reading_reports(string log)
    {
        var text = File.ReadAllText(LogFiles.PathOf(log));
        var reader = new LlamaLogReader();

        reader.AddLines(text);

        Assert.Equal(LogFiles.Json(LogFiles.Parse(log)), LogFiles.Json(reader.Report));
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public void Blocks_cut_after_any_line_report_the_same(string log)
    {
        var text = File.ReadAllText(LogFiles.PathOf(log));
        var reader = new LlamaLogReader();
        var start = 0;
        var cut = 0;
        while (start < text.Length)
        {
            // Cut after every third line: a block may start or end anywhere between lines.
            var end = start;
            for (var line = 0; line < 1 + (cut++ % 3) && end < text.Length; line++)
            {
                var next = text.IndexOf('\n', end);
                end = next < 0 ? text.Length : next + 1;
            }

            reader.AddLines(text.AsSpan(start, end - start));
            start = end;
        }

        Assert.Equal(LogFiles.Json(LogFiles.Parse(log)), LogFiles.Json(reader.Report));
    }

    [Fact]
    public void A_last_line_without_a_newline_is_still_read()
    {
        var reader = new LlamaLogReader();

        reader.AddLines("srv  update_slots: all slots are idle\nprompt eval time =  5.84 ms /  75 tokens (0.08 ms per token, 12842.47 tokens per second)\n       eval time =  10.81 ms /  40 tokens (0.28 ms per token, 3607.77 tokens per second)");

        Assert.Equal(2, Assert.Single(reader.Report.Requests).Line);
    }

}
