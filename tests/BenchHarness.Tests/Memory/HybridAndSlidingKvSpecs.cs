using BenchHarness.Gguf.Synthesis;
using BenchHarness.Memory;

namespace BenchHarness.Tests.Memory;

/// <summary>
/// KV and recurrent state of the two non-MLA families in the seed scenarios, from their header-only shapes, each
/// expectation worked out by hand from llama.cpp's rules (llama-memory-recurrent.cpp, llama-kv-cache-iswa.cpp).
/// </summary>
public sealed class HybridAndSlidingKvSpecs
{
    private const long MiB = 1024 * 1024;

    // Qwen3-Coder-Next's Gated DeltaNet state per sequence and layer, in F32 values (llama_hparams::n_embd_r/n_embd_s):
    // conv (4 - 1) x (4096 inner + 2 x 16 groups x 128) = 24,576; state 128 x 4096 = 524,288.
    private const long ConvRowBytes = 24_576 * 4, StateRowBytes = 524_288 * 4;

    [Fact]
    public async Task Qwen3_coder_next_caches_tokens_only_on_every_fourth_layer_and_keeps_a_fixed_state_on_the_others()
    {
        var model = await SyntheticLayouts.ReadAsync(Qwen3CoderNextShapes.UdQ5KXl.Create());

        Assert.Equal([3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47], model.Attention.Where(a => !a.Recurrent).Select(a => a.Layer));
        Assert.Equal(new RecurrentState(24_576, 524_288), model.Recurrent);
        // Seed 004's profile: 256K, one slot, f16 cache. 12 layers x 262,144 cells x 2 KV heads x 256 x 2 bytes, K and V;
        // 36 layers x one conv row and one state row.
        var prediction = SyntheticLayouts.Predict(model, "-c 262144 -np 1 -ngl 0");

        var expected = (12L * 262_144 * 512 * 2 * 2) + (36 * (ConvRowBytes + StateRowBytes));
        Assert.Equal(expected, prediction.Find("CPU")!.KvBytes);
        Assert.Equal(6144 * MiB + (36 * 2_195_456), expected);
    }

    [Fact]
    public async Task The_recurrent_state_grows_with_the_slots_and_not_with_the_context()
    {
        var model = await SyntheticLayouts.ReadAsync(Qwen3CoderNextShapes.Q4_0.Create());

        var small = SyntheticLayouts.Predict(model, "-c 4096 -np 2 -ngl 0").Find("CPU")!.KvBytes;
        var large = SyntheticLayouts.Predict(model, "-c 262144 -np 2 -ngl 0").Find("CPU")!.KvBytes;

        // Seed 000's workers: 262,144 over 2 slots = 131,072 cells per slot; the state doubles for 2 sequences.
        long state = 36 * 2 * (ConvRowBytes + StateRowBytes);
        Assert.Equal((12L * 2 * 2048 * 512 * 2 * 2) + state, small);
        Assert.Equal((12L * 2 * 131_072 * 512 * 2 * 2) + state, large);
    }

    [Fact]
    public async Task Recurrent_state_follows_its_layers_device_and_stays_on_the_cpu_without_kv_offload()
    {
        var model = await SyntheticLayouts.ReadAsync(Qwen3CoderNextShapes.UdQ5KXl.Create());
        var gpus = new[] { MemoryDevice.Parse("CUDA0"), MemoryDevice.Parse("CUDA1") };

        // The layer split decides each layer's cache device, as for KV: CUDA0's share sums its DeltaNet and attention layers.
        var split = SyntheticLayouts.Predict(model, "-c 4096 -np 1 -ngl 99 -ts 1,1", gpus);
        var onCuda0 = model.Attention.Where(a => split.Layers.Layers[a.Layer].Name == "CUDA0").ToList();
        var kv0 = onCuda0.Sum(a => a.Recurrent ? Aligned128(ConvRowBytes) + Aligned128(StateRowBytes) : 4096L * 512 * 2 * 2);
        Assert.Equal(kv0, split.Find("CUDA0")!.KvBytes);
        Assert.Equal(0, split.Find("CPU")!.KvBytes);

        var host = SyntheticLayouts.Predict(model, "-c 4096 -np 1 -ngl 99 -ts 1,1 -nkvo", gpus);
        Assert.Equal((12L * 4096 * 512 * 2 * 2) + (36 * (ConvRowBytes + StateRowBytes)), host.Find("CPU")!.KvBytes);
        Assert.Equal(0, host.Find("CUDA0")!.KvBytes);
    }

    [Fact]
    public async Task Gpt_oss_sliding_layers_hold_the_window_plus_a_micro_batch_and_full_layers_the_whole_context()
    {
        var model = await SyntheticLayouts.ReadAsync(GptOss120bShapes.F16.Create());

        Assert.Equal(18, model.Attention.Count(a => a.SlidingWindow));
        Assert.True(model.Attention[0].SlidingWindow);
        Assert.False(model.Attention[1].SlidingWindow);
        // Seed 004's profile: 128K, -ub 1024. Full: 131,072 cells; sliding: 128 + 1024 = 1,152, padded to 256: 1,280.
        // Per cell and layer K and V of 8 KV heads x 64 in f16: 1,024 bytes each.
        var prediction = SyntheticLayouts.Predict(model, "-c 131072 -np 1 -b 1024 -ub 1024 -ngl 0");

        Assert.Equal((1280, 131_072), (KvCacheModel.CellsOf(model, Options("-c 131072 -np 1 -ub 1024")).SlidingCells, prediction.KvCells.Cells));
        Assert.Equal((18L * 131_072 * 1024 * 2) + (18L * 1280 * 1024 * 2), prediction.Find("CPU")!.KvBytes);
        Assert.Equal(4608 * MiB + (45 * MiB), prediction.Find("CPU")!.KvBytes);
    }

    [Fact]
    public async Task Swa_full_gives_sliding_layers_the_whole_context_and_several_unified_slots_widen_the_window()
    {
        var model = await SyntheticLayouts.ReadAsync(GptOss120bShapes.F16.Create());

        var full = SyntheticLayouts.Predict(model, "-c 131072 -np 1 -ngl 0 --swa-full");
        Assert.Equal(36L * 131_072 * 1024 * 2, full.Find("CPU")!.KvBytes);

        // Unified cache for 4 slots: window x 4 + the default micro-batch of 512 = 1,024 cells, already a multiple of 256.
        Assert.Equal(1024, KvCacheModel.CellsOf(model, Options("-c 131072 -np 4 -kvu")).SlidingCells);
        // One cache per slot: each holds 128 + 512 = 640, padded to 768, 4 streams.
        var perSlot = KvCacheModel.CellsOf(model, Options("-c 131072 -np 4"));
        Assert.Equal((768, 32_768, 4), (perSlot.SlidingCells, perSlot.Cells, perSlot.Streams));
    }

    private static LaunchOptions Options(string args) => LaunchOptionsReader.Read(args.Split(' '), []);

    private static long Aligned128(long bytes) => (bytes + 127) / 128 * 128;
}
