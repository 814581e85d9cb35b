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
        var layers = Layers(tensors.Select(entry => entry.Tensor), blockCount, model.First.Source);
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

    private static List<GgufLayerBytes> Layers(IEnumerable<GgufTensorInfo> tensors, long? blockCount, string source)
    {
        var byLayer = new SortedDictionary<long, Dictionary<string, long>>();
        var highestBlock = -1L;
        foreach (var tensor in tensors)
        {
            if (GgufLayerIndex.Of(tensor.Name) is not { } layer)
            {
                continue;
            }

            // The reader refuses such files; a table built another way must not size the layer list either.
            if (layer >= GgufLimits.MaxLayers)
            {
                throw new InputException(source, string.Create(CultureInfo.InvariantCulture,
                    $"tensor {tensor.Name}: layer {layer} is out of range (layers are numbered 0 to {GgufLimits.MaxLayers - 1})"));
            }

            highestBlock = Math.Max(highestBlock, layer);
            if (ExpertPattern().Match(tensor.Name) is not { Success: true } expert)
            {
                continue;
            }

            var kinds = EnsureLayer(byLayer, layer);
            var kind = expert.Groups["kind"].Value;
            kinds[kind] = kinds.GetValueOrDefault(kind) + (tensor.Bytes ?? 0);
        }

        if (blockCount is not (null or (>= 0 and <= GgufLimits.MaxLayers)))
        {
            throw new InputException(source, string.Create(CultureInfo.InvariantCulture,
                $"block_count is {blockCount}; a model has 0 to {GgufLimits.MaxLayers} layers"));
        }

        var count = (int)Math.Max(blockCount ?? 0, highestBlock + 1);
        return [.. Enumerable.Range(0, count).Select(index => ToLayer(index, byLayer.GetValueOrDefault(index)))];
    }

    private static Dictionary<string, long> EnsureLayer(SortedDictionary<long, Dictionary<string, long>> byLayer, long index)
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

    [GeneratedRegex(@"^blk\.(?<layer>\d+)\.ffn_(?<kind>gate_up|gate|up|down)_exps\.")]
    private static partial Regex ExpertPattern();
}
