using System.Text.Json;
using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.Infrastructure.Gguf;
using static BenchHarness.IntegrationTests.Gguf.GgufPyComparison;

namespace BenchHarness.IntegrationTests.Gguf;

/// <summary>Our reader and writer against llama.cpp's own gguf-py writer and reader.</summary>
public sealed class GgufPyCrossCheckSpecs : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gguf-py-").FullName;
    private readonly CancellationTokenSource deadline = new(TimeSpan.FromMinutes(2));

    private CancellationToken Timeout => deadline.Token;

    public void Dispose()
    {
        deadline.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Files_gguf_py_wrote_with_every_quant_type_read_with_the_sizes_offsets_and_metadata_gguf_py_reads()
    {
        var written = await GgufPy.RunAsync(Timeout, "write", folder);
        var path = written.GetProperty("types").GetString()!;
        var expected = await GgufPy.RunAsync(Timeout, "dump", path);

        var model = GgufModelFiles.Read(path, Timeout);
        var report = GgufModelSummarizer.Summarize(model);

        Assert.Equal(expected.GetProperty("version").GetUInt32(), report.Version);
        Assert.True(report.TensorCount > 30, "gguf-py should have written one tensor per quant type");
        AssertSameTensors(expected.GetProperty("tensors").EnumerateArray(), report.Tensors);
        AssertSameMetadata(expected.GetProperty("metadata"), model.First);
        Assert.Equal(0, report.UnknownSizeTensors);
    }

    [Fact]
    public async Task A_split_model_gguf_py_wrote_reads_from_any_shard_as_one_model()
    {
        var written = await GgufPy.RunAsync(Timeout, "write", folder);
        var shards = written.GetProperty("shards").EnumerateArray().Select(shard => shard.GetString()!).ToList();
        var dumps = new List<JsonElement>();
        foreach (var shard in shards)
        {
            dumps.Add(await GgufPy.RunAsync(Timeout, "dump", shard));
        }

        var report = GgufModelSummarizer.Summarize(GgufModelFiles.Read(shards[^1], Timeout));

        Assert.Equal(3, shards.Count);
        Assert.Equal(shards, report.Files);
        AssertSameTensors(dumps.SelectMany(dump => dump.GetProperty("tensors").EnumerateArray()), report.Tensors);
        Assert.Equal(report.TensorBytesTotal, report.ExpertBytesTotal);
    }

    [Theory]
    [InlineData(SyntheticWeightType.F16, 0)]
    [InlineData(SyntheticWeightType.Q8_0, 0)]
    [InlineData(SyntheticWeightType.Q8_0, 1)]
    public async Task Gguf_py_reads_our_synthesized_model_with_the_same_sizes_and_metadata(SyntheticWeightType weightType, int denseLead)
    {
        var path = Path.Combine(folder, "synth.gguf");
        var model = SyntheticModel.Create(new SyntheticModelOptions(Layers: 2, Experts: 4, Embedding: 64, FeedForward: 128, DenseLead: denseLead, WeightType: weightType));
        await using (var stream = File.Create(path))
        {
            await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, Timeout);
        }

        var expected = await GgufPy.RunAsync(Timeout, "dump", path);
        var ours = GgufModelFiles.Read(path, Timeout);

        AssertSameTensors(expected.GetProperty("tensors").EnumerateArray(), GgufModelSummarizer.Summarize(ours).Tensors);
        AssertSameMetadata(expected.GetProperty("metadata"), ours.First);
    }
}
