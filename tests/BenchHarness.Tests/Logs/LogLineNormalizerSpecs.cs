using BenchHarness.Logs.Parsing;

namespace BenchHarness.Tests.Logs;

/// <summary>What is left of a line once its decoration is gone.</summary>
public sealed class LogLineNormalizerSpecs
{
    [Theory]
    [InlineData("May 23 01:44:09 gpu-host podman[812]: llama-1  | 0.01.095.782 I load_tensors:   CPU_Mapped model buffer size =    51.34 MiB")]
    [InlineData("\u001b[90m[3021]\u001b[0m 0.01.095.782 I load_tensors:   CPU_Mapped model buffer size =    51.34 MiB")]
    [InlineData("""{"type":"log","time":3158,"level":"info","msg":"load_tensors:   CPU_Mapped model buffer size =    51.34 MiB\n"}""")]
    public void Nested_prefixes_are_peeled_down_to_the_message(string raw)
    {
        var line = Assert.Single(LogLineNormalizer.Normalize(raw));

        Assert.Equal("load_tensors:   CPU_Mapped model buffer size =    51.34 MiB", line.Text);
    }

    [Fact]
    public void A_json_record_without_a_message_stays_as_it_is()
    {
        const string raw = """{"type":"fit_memory_breakdown","data":{"unit":"MiB"}}""";

        Assert.Equal(raw, Assert.Single(LogLineNormalizer.Normalize(raw)).Text);
    }

    [Fact]
    public void A_slot_prefix_with_nothing_after_it_is_a_header()
    {
        var line = Assert.Single(LogLineNormalizer.Normalize("1.37.495.377 I slot print_timing: id  0 | task 388 | "));

        Assert.Equal(new NormalizedLogLine("", 0, 388, IsSlotHeader: true), line);
    }

    [Fact]
    public void Function_prefixes_are_kept_so_matchers_can_tell_sources_apart()
    {
        var line = Assert.Single(LogLineNormalizer.Normalize("llama_perf_context_print: prompt eval time =     444.18 ms /   800 tokens"));

        Assert.StartsWith("llama_perf_context_print:", line.Text, StringComparison.Ordinal);
    }
}
