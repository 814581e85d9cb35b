using BenchHarness.Gguf;
using BenchHarness.Infrastructure.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

public sealed class SplitModelSpecs : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gguf-split-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Any_shard_path_reads_every_shard_as_one_model()
    {
        WriteShards(3, tensorsPerShard: 2);

        var model = GgufModelFiles.Read(ShardPath(2, 3), CancellationToken.None);
        var report = GgufModelSummarizer.Summarize(model);

        Assert.Equal(3, model.Shards.Count);
        Assert.Equal(6, report.TensorCount);
        Assert.Equal([1, 1, 2, 2, 3, 3], report.Tensors.Select(tensor => tensor.Shard ?? 0));
        Assert.Equal(6 * 256 * 2 * 8, report.TensorBytesTotal);
        Assert.Equal("llama", report.Architecture);
    }

    [Fact]
    public void A_missing_shard_is_an_error_naming_that_shard()
    {
        WriteShards(3, tensorsPerShard: 1);
        File.Delete(ShardPath(3, 3));

        var error = Assert.Throws<InputException>(() => GgufModelFiles.Read(ShardPath(1, 3), CancellationToken.None));

        Assert.Equal(ShardPath(3, 3), error.Errors.Single().File);
        Assert.Contains("shard 3 of 3", error.Message);
    }

    [Fact]
    public void Shards_that_disagree_with_their_split_numbers_are_rejected()
    {
        WriteShards(2, tensorsPerShard: 1);
        File.Copy(ShardPath(1, 2), ShardPath(2, 2), overwrite: true);

        var error = Assert.Throws<InputException>(() => GgufModelFiles.Read(ShardPath(1, 2), CancellationToken.None));

        Assert.Contains("split.no", error.Message);
    }

    [Fact]
    public void Split_names_parse_and_list_every_shard()
    {
        var name = GgufSplitName.TryParse("/m/GLM-IQ3_KS-00002-of-00008.gguf")!;

        Assert.Equal(("/m/GLM-IQ3_KS", 2, 8), (name.Prefix, name.Number, name.Count));
        Assert.Equal("/m/GLM-IQ3_KS-00008-of-00008.gguf", name.ShardPaths().Last());
        Assert.Null(GgufSplitName.TryParse("/m/model.gguf"));
        Assert.Null(GgufSplitName.TryParse("/m/model-00009-of-00008.gguf"));
    }

    private string ShardPath(int number, int count) => new GgufSplitName(Path.Combine(folder, "model"), number, count).ShardPath(number);

    private void WriteShards(int count, int tensorsPerShard)
    {
        for (var shard = 0; shard < count; shard++)
        {
            var metadata = new List<KeyValuePair<string, GgufValue>>
            {
                Entry("split.no", new GgufValue(GgufValueType.Uint16, (ushort)shard)),
                Entry("split.count", new GgufValue(GgufValueType.Uint16, (ushort)count)),
                Entry("split.tensors.count", new GgufValue(GgufValueType.Int32, count * tensorsPerShard)),
            };
            if (shard == 0)
            {
                metadata.Insert(0, Entry("general.architecture", GgufValue.Of("llama")));
            }

            var tensors = Enumerable.Range(0, tensorsPerShard)
                .Select(i => Tensor($"blk.{shard}.t{i}.weight", GgmlTypes.F16, 256, 8))
                .ToArray();
            File.WriteAllBytes(ShardPath(shard + 1, count), Write(metadata, tensors));
        }
    }
}
