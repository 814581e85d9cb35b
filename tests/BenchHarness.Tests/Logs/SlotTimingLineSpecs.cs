using BenchHarness.Logs.Parsing;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// The slot timing lines read straight from their characters (the parse's fast path) give what the full normaliser
/// and timing matcher give for the same line, on every line of every captured log; lines of other shapes are left to
/// the normaliser.
/// </summary>
public sealed class SlotTimingLineSpecs
{
    public static TheoryData<string> Logs() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "logs"), "*.log").Select(path => Path.GetFileName(path)).Order()];

    [Theory]
    [MemberData(nameof(Logs))]
    public void Every_line_read_fast_reads_as_the_normaliser_reads_it(string log)
    {
        foreach (var line in File.ReadLines(LogFiles.PathOf(log)))
        {
            if (!SlotTimingLine.TryRead(line, out var timing, out var slot, out var task))
            {
                continue;
            }

            var normalized = Assert.Single(LogLineNormalizer.Normalize(line));
            Assert.Equal((normalized.Slot, normalized.Task), (slot, task));
            Assert.Equal(normalized.IsSlotHeader, timing is null);
            Assert.Equal(normalized.IsSlotHeader ? null : TimingLineMatcher.Match(normalized.Text), timing);
        }
    }

    [Fact]
    public void A_server_log_is_read_mostly_fast()
    {
        var lines = File.ReadLines(LogFiles.PathOf("ours-default.log")).ToList();

        var fast = lines.Count(line => SlotTimingLine.TryRead(line, out _, out _, out _));

        Assert.Equal(lines.Count(line => line.Contains("print_timing", StringComparison.Ordinal) && !line.Contains("graphs reused", StringComparison.Ordinal)), fast);
    }

    [Theory]
    [InlineData("\u001B[32m0.00.550.810 I slot print_timing: id  0 | task 0 | prompt eval time = 5.84 ms / 75 tokens")]
    [InlineData("{\"msg\":\"prompt eval time = 5.84 ms / 75 tokens\",\"id_slot\":0}")]
    [InlineData("INFO [ print_timings] prompt eval time = 5.84 ms / 75 tokens | tid=\"1\" id_slot=0 id_task=0")]
    [InlineData("May 23 01:44:09 host llama-server[12]: slot print_timing: id  0 | task 0 | prompt eval time = 5.84 ms / 75 tokens")]
    [InlineData("0.00.550.821 I slot print_timing: id  0 | task 0 |    graphs reused =         39")]
    public void Lines_of_other_shapes_are_left_to_the_normaliser(string line) =>
        Assert.False(SlotTimingLine.TryRead(line, out _, out _, out _));
}
