using BenchHarness.Gguf.Synthesis;

namespace BenchHarness.Tests.Memory;

/// <summary>The GLM-4.7-Flash-like header that plans seed 004's profiles: the seed's shapes and its sizes.</summary>
public sealed class Glm47FlashHeaderSpecs
{
    [Fact]
    public async Task The_header_has_the_seeds_shape_and_about_its_per_layer_weight()
    {
        var model = await SyntheticLayouts.ReadAsync(Glm47FlashLikeShapes.Shape.Create());

        Assert.Equal(("deepseek2", 47, 64, 4, true), (model.Architecture, model.BlockCount, model.ExpertCount, model.ExpertUsedCount, model.IsMla));
        // Seed 004: "Per-layer weight: ~628 MiB (~30 GB / 47 layers)" for the Q8_0 file.
        var perLayerMib = model.Tensors.Sum(t => t.Bytes) / 47.0 / (1024 * 1024);
        Assert.InRange(perLayerMib, 628 * 0.95, 628 * 1.05);
    }

    [Fact]
    public async Task Its_kv_cache_at_128k_in_q8_0_is_the_latent_and_rope_part_only()
    {
        var model = await SyntheticLayouts.ReadAsync(Glm47FlashLikeShapes.Shape.Create());

        var prediction = SyntheticLayouts.Predict(model, "-c 131072 -np 1 -ngl 0 -ctk q8_0");

        // 131,072 cells x 47 layers x (512 + 64) values in q8_0 (34 bytes per 32): docs/memory.md's worked example.
        Assert.Equal(131_072L * 47 * 576 / 32 * 34, prediction.Devices.Sum(d => d.KvBytes));
    }
}
