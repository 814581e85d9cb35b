using System.Text.Json;
using BenchHarness.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

public class GgufReportJsonSpecs
{
    [Fact]
    public void The_json_report_uses_the_documented_names_and_keeps_unset_model_facts_as_null()
    {
        var bytes = Write(
            [Entry("general.architecture", GgufValue.Of("llama")), Entry("llama.expert_count", GgufValue.Of(4u))],
            Tensor("blk.0.ffn_up_exps.weight", GgmlTypes.F16, 32, 8, 4));
        var report = GgufModelSummarizer.Summarize(GgufModel.FromShards([Read(bytes)]));

        var json = JsonDocument.Parse(JsonSerializer.Serialize(report, JsonDefaults.Options)).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("leading_dense_block_count").ValueKind);
        Assert.Equal(4, json.GetProperty("expert_count").GetInt64());
        Assert.Equal(2048, json.GetProperty("expert_bytes_total").GetInt64());
        Assert.Equal(2048, json.GetProperty("layers")[0].GetProperty("up_bytes").GetInt64());
        var tensor = json.GetProperty("tensors")[0];
        Assert.Equal(["name", "type", "shape", "bytes", "offset"], tensor.EnumerateObject().Select(property => property.Name));
        Assert.Equal("llama", json.GetProperty("metadata").GetProperty("general.architecture").GetString());
    }
}
