using BenchHarness.Cli.Commands;
using BenchHarness.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

public class GgufReportTextSpecs
{
    [Fact]
    public void The_text_summary_lists_the_facts_and_one_row_per_layer()
    {
        var bytes = Write(
            [Entry("general.architecture", GgufValue.Of("llama")), Entry("llama.block_count", GgufValue.Of(2u))],
            Tensor("blk.1.ffn_down_exps.weight", GgmlTypes.F16, 64, 32, 4));
        var report = GgufModelSummarizer.Summarize(GgufModel.FromShards([Read(bytes, "m.gguf")]));

        var lines = GgufReportText.Render(report).Split('\n');

        Assert.Contains("architecture               llama", lines);
        Assert.Contains(lines, line => line.StartsWith("expert_bytes_total         16,384 (0.02 MiB)", StringComparison.Ordinal));
        Assert.Contains("    1         16,384              0              0         16,384", lines);
    }
}
