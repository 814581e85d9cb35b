using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Gguf;

/// <summary>Builds the <see cref="GgufModelReport"/> of a model: its <c>&lt;arch&gt;.*</c> facts and byte totals per layer.</summary>
public static partial class GgufModelSummarizer
{
    public static GgufModelReport Summarize(GgufModel model)
    {
        var architecture = model.Find("general.architecture")?.AsString();
        long? ArchKey(string name) => architecture is null ? null : model.Find($"{architecture}.{name}")?.AsInteger();

        var tensors = model.Tensors.ToList();
        var blockCount = ArchKey("block_count");
        var layers = Layers(tensors.Select(entry => entry.Tensor), blockCount);
        var rows = tensors.Select(entry => new GgufTensorRow(
            entry.Tensor.Name,
            entry.Tensor.TypeName,
            entry.Tensor.Shape,
            entry.Tensor.Bytes,
            entry.File.DataStart + (long)entry.Tensor.DataOffset,
            model.Shards.Count > 1 ? entry.Shard : null,
            entry.Tensor.SizeProblem)).ToList();

        return new GgufModelReport(
            [.. model.Shards.Select(shard => shard.Source)],
            model.First.Version,
            architecture,
            blockCount,
            ArchKey("expert_count"),
            ArchKey("expert_used_count"),
            ArchKey("leading_dense_block_count"),
            ArchKey("context_length"),
            rows.Count,
            rows.Sum(row => row.Bytes ?? 0),
            layers.Sum(layer => layer.ExpertBytes),
            rows.Count(row => row.Bytes is null),
            layers,
            rows,
            GgufMetadataView.Of(model.First.Metadata));
    }

    private static List<GgufLayerBytes> Layers(IEnumerable<GgufTensorInfo> tensors, long? blockCount)
    {
        var byLayer = new SortedDictionary<int, Dictionary<string, long>>();
        var highestBlock = -1;
        foreach (var tensor in tensors)
        {
            if (BlockPattern().Match(tensor.Name) is { Success: true } block)
            {
                highestBlock = Math.Max(highestBlock, int.Parse(block.Groups[1].Value, CultureInfo.InvariantCulture));
            }

            if (ExpertPattern().Match(tensor.Name) is not { Success: true } expert)
            {
                continue;
            }

            var kinds = EnsureLayer(byLayer, int.Parse(expert.Groups["layer"].Value, CultureInfo.InvariantCulture));
            var kind = expert.Groups["kind"].Value;
            kinds[kind] = kinds.GetValueOrDefault(kind) + (tensor.Bytes ?? 0);
        }

        var count = (int)Math.Max(blockCount ?? 0, highestBlock + 1);
        return [.. Enumerable.Range(0, count).Select(index => ToLayer(index, byLayer.GetValueOrDefault(index)))];
    }

    private static Dictionary<string, long> EnsureLayer(SortedDictionary<int, Dictionary<string, long>> byLayer, int index)
    {
        if (!byLayer.TryGetValue(index, out var kinds))
        {
            kinds = new Dictionary<string, long>(StringComparer.Ordinal);
            byLayer[index] = kinds;
        }

        return kinds;
    }

    private static GgufLayerBytes ToLayer(int index, Dictionary<string, long>? kinds)
    {
        long Bytes(string kind) => kinds?.GetValueOrDefault(kind) ?? 0;
        long? gateUp = kinds is not null && kinds.TryGetValue("gate_up", out var merged) ? merged : null;
        return new GgufLayerBytes(
            index,
            Bytes("gate") + Bytes("up") + Bytes("down") + Bytes("gate_up"),
            Bytes("gate"),
            Bytes("up"),
            Bytes("down"),
            gateUp);
    }

    [GeneratedRegex(@"^blk\.(\d+)\.")]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"^blk\.(?<layer>\d+)\.ffn_(?<kind>gate_up|gate|up|down)_exps\.")]
    private static partial Regex ExpertPattern();
}
