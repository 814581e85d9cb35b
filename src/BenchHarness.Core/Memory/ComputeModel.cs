namespace BenchHarness.Memory;

/// <summary>
/// The compute-buffer estimate, stated as one: the graph allocator's peak is not modelled op by op. Per device it
/// is micro-batch tokens x (a per-cell attention term x KV cells + the activations that device computes):
/// with flash attention 1-8 bytes per cell (masks and their copies; 4 central), without it 4-8 bytes per cell and
/// head (scores and softmax); activations are the hidden state (5 copies where layers run, 2 on the CPU that only
/// embeds), 4 x used experts x expert width where expert weights sit, 3 x FFN width where dense FFN weights sit,
/// and the logits where the output layer sits. The range is the low and high attention term with a quarter and one
/// and a half times the activations (from 0 on a device that runs no layer). Measured on pinned llama.cpp with RPC devices (docs/memory.md).
/// </summary>
internal static class ComputeModel
{
    private const long Float = 4;

    public static IReadOnlyDictionary<MemoryDevice, ComputeEstimate> BytesPerDevice(
        ModelLayout model, LaunchOptions options, LayerAssignment layers, IReadOnlyList<PlacedTensor> placed, IReadOnlyList<MemoryDevice> devices)
    {
        long tokens = Math.Min(options.MicroBatch, options.Batch);
        long cells = KvCacheModel.CellsOf(model, options).Cells;
        var flash = options.FlashAttention != false;
        var (low, central, high) = flash ? (1L, 4L, 8L) : (4 * model.HeadCount, 6 * model.HeadCount, (8 * model.HeadCount) + 8);
        var expertWidth = ExpertWidth(placed);
        var result = new Dictionary<MemoryDevice, ComputeEstimate>();
        foreach (var device in devices.Append(MemoryDevice.Cpu))
        {
            var runsLayers = layers.Layers.Take(model.TrunkLayers).Contains(device);
            var mine = placed.Where(p => p.Device == device).ToList();
            if (!runsLayers && mine.Count == 0 && device != MemoryDevice.Cpu)
            {
                result[device] = ComputeEstimate.None;
                continue;
            }

            var activations = model.Embedding * Float * (runsLayers ? 5 : 2);
            if (mine.Any(p => p.Tensor.Name.Contains("_exps.", StringComparison.Ordinal)))
            {
                activations += 4 * Float * Math.Max(1, model.ExpertUsedCount) * expertWidth;
            }

            if (mine.FirstOrDefault(p => p.Tensor.Name.EndsWith(".ffn_up.weight", StringComparison.Ordinal)) is { } dense)
            {
                activations += 3 * Float * dense.Tensor.Width;
            }

            if (layers.Output == device)
            {
                activations += model.Vocabulary * Float;
            }

            var attention = runsLayers || device == MemoryDevice.Cpu ? cells : 0;
            result[device] = new ComputeEstimate(
                tokens * ((central * attention) + activations),
                runsLayers || device == MemoryDevice.Cpu ? tokens * ((low * attention) + (activations / 4)) : 0,
                tokens * ((high * attention) + (activations * 3 / 2)));
        }

        return result;
    }

    private static long ExpertWidth(IReadOnlyList<PlacedTensor> placed) =>
        placed.FirstOrDefault(p => p.Tensor.Name.EndsWith(".ffn_up_exps.weight", StringComparison.Ordinal))?.Tensor.Width ?? 0;
}
