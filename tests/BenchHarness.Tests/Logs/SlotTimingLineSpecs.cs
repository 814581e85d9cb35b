using BenchHarness.Logs;
using BenchHarness.Logs.Parsing;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Slot lines read straight from their characters (the parse's fast path) give what the full normaliser and the
/// matchers give for the same line, on every line of every captured log; lines of other shapes are left to the
/// normaliser.
/// </summary>
public sealed class SlotTimingLineSpecs
{
    public static TheoryData<string> Logs() => [.. LogFiles.Names()];

    [Theory]
    [MemberData(nameof(Logs))]
    public void Every_line_read_fast_reads_as_the_normaliser_reads_it(string log)
    {
        foreach (var line in File.ReadLines(LogFiles.PathOf(log)))
        {
            if (!SlotTimingLine.TryRead(line, out var read))
            {
                continue;
            }

            var normalized = Assert.Single(LogLineNormalizer.Normalize(line));
            Assert.Equal((normalized.Slot, normalized.Task), (read.Slot, read.Task));
            Assert.Equal(normalized.IsSlotHeader, read.IsHeader);
            Assert.Equal(normalized.IsSlotHeader ? null : TimingLineMatcher.Match(normalized.Text), read.Timing);
            if (!read.IsHeader && read.Timing is null)
            {
                Assert.Equal(LogFiles.Json(LlamaLogReader.Parse([])), LogFiles.Json(LlamaLogReader.Parse([normalized.Text])));
            }
        }
    }

    [Fact]
    public void A_server_log_is_read_fast_on_every_slot_print_timing_line()
    {
        var lines = File.ReadLines(LogFiles.PathOf("ours-default.log")).Where(line => line.Contains("print_timing", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(SlotTimingLine.TryRead(line, out _), line));
    }

    [Theory]
    [InlineData("\u001B[32m0.00.550.810 I slot print_timing: id  0 | task 0 | prompt eval time = 5.84 ms / 75 tokens")]
    [InlineData("{\"msg\":\"prompt eval time = 5.84 ms / 75 tokens\",\"id_slot\":0}")]
    [InlineData("INFO [ print_timings] prompt eval time = 5.84 ms / 75 tokens | tid=\"1\" id_slot=0 id_task=0")]
    [InlineData("May 23 01:44:09 host llama-server[12]: slot print_timing: id  0 | task 0 | prompt eval time = 5.84 ms / 75 tokens")]
    [InlineData("0.00.550.821 I slot update_slots: id  0 | task 0 | failed to find free space in the KV cache")]
    [InlineData("slot update_slots: id  0 | task 0 | Common part does not match fully")]
    public void Lines_of_other_shapes_are_left_to_the_normaliser(string line) =>
        Assert.False(SlotTimingLine.TryRead(line, out _));
}
