using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Gguf;

namespace BenchHarness.Memory;

/// <summary>Reads a <see cref="ModelLayout"/> from a GGUF model's metadata and tensor table (the header is enough).</summary>
public static partial class ModelLayoutReader
{
    /// <summary>
    /// Sliding-window period per architecture where the file gives none (llama.cpp's per-model defaults): in each
    /// run of N layers the first N-1 use the window, except the dense-first ones, where layer % N == 0 is full.
    /// </summary>
    private static readonly Dictionary<string, (int Period, bool DenseFirst)> SwaPeriods = new(StringComparer.Ordinal)
    {
        ["gpt-oss"] = (2, false),
        ["gemma2"] = (2, false),
        ["gemma3"] = (6, false),
        ["gemma3n"] = (5, false),
        ["cohere2"] = (4, false),
        ["llama4"] = (4, false),
        ["exaone4"] = (4, false),
        ["olmo2"] = (4, false),
        ["smallthinker"] = (4, true),
        ["exaone-moe"] = (4, false),
    };

    /// <summary>Hybrids whose linear-attention layers keep a recurrent state and whose other layers a KV cache.</summary>
    private static readonly HashSet<string> HybridArchitectures = new(StringComparer.Ordinal) { "qwen3next", "qwen35", "qwen35moe" };

    public static ModelLayout Read(GgufModel model)
    {
        var arch = model.Find("general.architecture")?.AsString()
            ?? throw new InputException(model.First.Source, "general.architecture is missing");
        long? Int(string key) => model.Find($"{arch}.{key}")?.AsInteger();
        var source = model.First.Source;
        var blocks = (int)(Int("block_count") ?? throw new InputException(source, $"{arch}.block_count is missing"));
        var embedding = Int("embedding_length") ?? throw new InputException(source, $"{arch}.embedding_length is missing");
        var headCounts = PerLayer(model.Find($"{arch}.attention.head_count"), blocks)
            ?? throw new InputException(source, $"{arch}.attention.head_count is missing");
        var kvHeads = PerLayer(model.Find($"{arch}.attention.head_count_kv"), blocks) ?? headCounts;
        var vocabulary = Int("vocab_size") ?? model.Find("tokenizer.ggml.tokens")?.AsArray()?.Items.Count ?? 0;
        var window = (int)(Int("attention.sliding_window") ?? 0);
        var isMla = Int("attention.key_length_mla") is > 0 && Int("attention.value_length_mla") is > 0;
        var nextN = (int)(Int("nextn_predict_layers") ?? 0);
        var swa = SlidingLayers(model, arch, blocks - nextN, blocks, window);
        var recurrent = RecurrentLayers(model, arch, blocks - nextN, blocks);

        var attention = Enumerable.Range(0, blocks).Select(layer =>
        {
            var heads = headCounts[layer];
            var headSize = heads == 0 ? 0 : embedding / heads;
            var keyLength = (swa[layer] ? Int("attention.sliding_window.key_length") : null) ?? Int("attention.key_length") ?? headSize;
            var valueLength = (swa[layer] ? Int("attention.sliding_window.value_length") : null) ?? Int("attention.value_length") ?? headSize;
            return recurrent[layer]
                ? new AttentionShape(layer, 0, 0, false, Recurrent: true)
                : new AttentionShape(layer, keyLength * kvHeads[layer], isMla ? 0 : valueLength * kvHeads[layer], swa[layer]);
        }).ToList();
        var state = recurrent.Any(r => r)
            ? RecurrentState.FromSsm(Int("ssm.conv_kernel") ?? 0, Int("ssm.inner_size") ?? 0, Int("ssm.state_size") ?? 0, Int("ssm.group_count") ?? 0)
            : null;

        return new ModelLayout
        {
            Architecture = arch,
            BlockCount = blocks,
            NextNLayers = nextN,
            Embedding = embedding,
            Vocabulary = vocabulary,
            HeadCount = headCounts.Max(),
            TrainedContext = (int)(Int("context_length") ?? 0),
            SlidingWindow = window,
            IsMla = isMla,
            ExpertCount = (int)(Int("expert_count") ?? 0),
            ExpertUsedCount = (int)(Int("expert_used_count") ?? 0),
            Attention = attention,
            Recurrent = state,
            Tensors = [.. model.Tensors.Select(entry => ToTensor(entry.Tensor, entry.Shard, entry.File))],
            ShardCount = model.Shards.Count,
        };
    }

    private static ModelTensor ToTensor(GgufTensorInfo tensor, int shard, GgufFile file)
    {
        var offset = file.DataStart + (long)tensor.DataOffset;
        var bytes = tensor.Bytes ?? throw new InputException(file.Source, $"tensor {tensor.Name}: {tensor.SizeProblem}");
        if (BlockPattern().Match(tensor.Name) is { Success: true } block)
        {
            return new ModelTensor(tensor.Name, bytes, shard, offset, TensorRole.Block, int.Parse(block.Groups[1].Value, CultureInfo.InvariantCulture), tensor.Shape);
        }

        var input = tensor.Name.StartsWith("token_embd.", StringComparison.Ordinal)
            || tensor.Name.StartsWith("position_embd.", StringComparison.Ordinal)
            || tensor.Name.StartsWith("token_types.", StringComparison.Ordinal)
            || tensor.Name.StartsWith("per_layer_token_embd.", StringComparison.Ordinal);
        return new ModelTensor(tensor.Name, bytes, shard, offset, input ? TensorRole.Input : TensorRole.Output, null, tensor.Shape);
    }

    private static long[]? PerLayer(GgufValue? value, int blocks)
    {
        if (value?.AsArray() is { } array)
        {
            return [.. array.Items.Select(item => Convert.ToInt64(item, CultureInfo.InvariantCulture))];
        }

        return value?.AsInteger() is { } single ? Enumerable.Repeat(single, blocks).ToArray() : null;
    }

    private static bool[] SlidingLayers(GgufModel model, string arch, int trunk, int blocks, int window)
    {
        var result = new bool[blocks];
        if (window <= 0)
        {
            return result;
        }

        var pattern = model.Find($"{arch}.attention.sliding_window_pattern");
        if (pattern?.AsArray() is { } flags)
        {
            for (var i = 0; i < Math.Min(blocks, flags.Items.Count); i++)
            {
                result[i] = flags.Items[i] is true;
            }

            return result;
        }

        var (period, denseFirst) = pattern?.AsInteger() is { } n ? ((int)n, false) : SwaPeriods.GetValueOrDefault(arch);
        if (period == 0 && !SwaPeriods.ContainsKey(arch) && pattern is null)
        {
            return result;
        }

        for (var il = 0; il < trunk; il++)
        {
            result[il] = period == 0 || (denseFirst ? il % period != 0 : il % period < period - 1);
        }

        return result;
    }

    /// <summary>
    /// Linear-attention layers of the hybrids llama.cpp builds with one recurrent-state cache beside the KV cache
    /// (the qwen3next family): <c>attention.recurrent_layers</c> when the file lists them, else every layer but each
    /// <c>full_attention_interval</c>-th (default 4) of the trunk.
    /// </summary>
    private static bool[] RecurrentLayers(GgufModel model, string arch, int trunk, int blocks)
    {
        var result = new bool[blocks];
        if (!HybridArchitectures.Contains(arch))
        {
            return result;
        }

        if (model.Find($"{arch}.attention.recurrent_layers")?.AsArray() is { } flags)
        {
            for (var i = 0; i < Math.Min(trunk, flags.Items.Count); i++)
            {
                result[i] = flags.Items[i] is true;
            }

            return result;
        }

        var interval = (int)(model.Find($"{arch}.full_attention_interval")?.AsInteger() ?? 4);
        for (var il = 0; il < trunk; il++)
        {
            result[il] = interval > 0 && (il + 1) % interval != 0;
        }

        return result;
    }

    [GeneratedRegex(@"^blk\.(\d+)\.")]
    private static partial Regex BlockPattern();
}
