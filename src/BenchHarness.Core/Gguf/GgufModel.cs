using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>
/// A model as llama.cpp loads it: one GGUF file, or every shard of a split model in order. Metadata is the
/// first shard's; the tensor table is all shards' tables together.
/// </summary>
public sealed record GgufModel(IReadOnlyList<GgufFile> Shards)
{
    public GgufFile First => Shards[0];

    public IEnumerable<(GgufTensorInfo Tensor, int Shard, GgufFile File)> Tensors =>
        Shards.SelectMany((file, index) => file.Tensors.Select(tensor => (tensor, index + 1, file)));

    public GgufValue? Find(string key) => First.Find(key);

    /// <summary>Checks that the shards say they belong together (split.count, split.no, split.tensors.count).</summary>
    public static GgufModel FromShards(IReadOnlyList<GgufFile> shards)
    {
        if (shards.Count == 1 && shards[0].Find("split.count") is null)
        {
            return new GgufModel(shards);
        }

        for (var i = 0; i < shards.Count; i++)
        {
            var count = shards[i].Find("split.count")?.AsInteger();
            var number = shards[i].Find("split.no")?.AsInteger();
            if (count != shards.Count || number != i)
            {
                throw new InputException(shards[i].Source, string.Create(
                    CultureInfo.InvariantCulture,
                    $"shard {i + 1} of {shards.Count} has split.no {Show(number)} and split.count {Show(count)} (expected {i} and {shards.Count})"));
            }
        }

        var expected = shards[0].Find("split.tensors.count")?.AsInteger();
        var actual = shards.Sum(shard => shard.Tensors.Count);
        if (expected is not null && expected != actual)
        {
            throw new InputException(shards[0].Source, string.Create(
                CultureInfo.InvariantCulture, $"split.tensors.count is {expected} but the shards hold {actual} tensors"));
        }

        return new GgufModel(shards);
    }

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(missing)";
}
