namespace BenchHarness.Memory;

/// <summary>
/// KV cache bytes per device. Cells: the context (the trained one when not given) rounded up to 256; with one
/// cache per slot (<c>--parallel N</c> without <c>--kv-unified</c>) each of the N streams holds context/N rounded
/// up to 256. Sliding-window layers hold window x (slots when unified) + micro-batch cells, rounded up to 256 and
/// at most the full size (all of it with <c>--swa-full</c>). Each layer's K (and V, except for MLA, which caches
/// only the compressed latent as K) is one tensor on its layer's device (the CPU with <c>-nkvo</c>); the
/// next-token-prediction blocks get none. A recurrent layer of a hybrid (qwen3next's Gated DeltaNet) holds no
/// cells: llama.cpp's recurrent memory gives it one F32 conv row and one state row per sequence (<c>--parallel</c>,
/// at least 1; 4 when the server picks), two tensors on its layer's device, reported as its RS buffer.
/// </summary>
public static class KvCacheModel
{
    public const int CellPadding = 256;

    public sealed record Layout(int Cells, int SlidingCells, int Streams);

    public static Layout CellsOf(ModelLayout model, LaunchOptions options)
    {
        var context = Pad(options.Context is > 0 ? options.Context.Value : model.TrainedContext);
        var slots = options.SlotCount;
        var cells = options.Unified ? context : Pad(context / slots);
        var sliding = options.SwaFull
            ? cells
            : Pad(Math.Min(cells, (model.SlidingWindow * (options.Unified ? slots : 1)) + options.MicroBatch));
        return new Layout(cells, sliding, options.Unified ? 1 : slots);
    }

    public static IReadOnlyDictionary<MemoryDevice, long> BytesPerDevice(ModelLayout model, LaunchOptions options, LayerAssignment layers)
    {
        var layout = CellsOf(model, options);
        var result = new Dictionary<MemoryDevice, long>();
        foreach (var shape in model.Attention.Where(a => a.Layer < model.TrunkLayers))
        {
            var device = options.KvOffload ? layers.Layers[shape.Layer] : MemoryDevice.Cpu;
            if (shape.Recurrent)
            {
                result[device] = result.GetValueOrDefault(device) + RecurrentBytes(model.Recurrent, options, device);
                continue;
            }

            var cells = (long)(shape.SlidingWindow ? layout.SlidingCells : layout.Cells) * layout.Streams;
            long bytes = 0;
            bytes += Aligned(RowBytes(options.CacheTypeK, shape.KWidth) * cells, device.Alignment);
            bytes += shape.VWidth > 0 ? Aligned(RowBytes(options.CacheTypeV, shape.VWidth) * cells, device.Alignment) : 0;
            result[device] = result.GetValueOrDefault(device) + bytes;
        }

        return result;
    }

    /// <summary>One recurrent layer's <c>cache_r_l</c> and <c>cache_s_l</c>: F32 rows, one per sequence.</summary>
    public static long RecurrentBytes(RecurrentState? state, LaunchOptions options, MemoryDevice device)
    {
        if (state is null)
        {
            return 0;
        }

        long rows = Math.Max(1, options.SlotCount);
        return Aligned(state.ConvWidth * sizeof(float) * rows, device.Alignment) + Aligned(state.StateWidth * sizeof(float) * rows, device.Alignment);
    }

    private static long RowBytes(Gguf.GgmlType type, long width) =>
        type.RowBytes(width) ?? throw new InputException("cache type", $"{type.Name} needs rows that are a multiple of {type.BlockSize}; this model's are {width} wide");

    internal static long Aligned(long bytes, int alignment) => (bytes + alignment - 1) / alignment * alignment;

    private static int Pad(int value) => (value + CellPadding - 1) / CellPadding * CellPadding;
}
