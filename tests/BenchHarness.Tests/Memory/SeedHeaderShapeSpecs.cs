using BenchHarness.Gguf.Synthesis;

namespace BenchHarness.Tests.Memory;

/// <summary>The header-only stand-ins of the seed scenarios' models against the sizes the seeds report.</summary>
public sealed class SeedHeaderShapeSpecs
{
    private const double GiB = 1024.0 * 1024 * 1024;

    [Fact]
    public async Task Gpt_oss_120b_f16_keeps_mxfp4_experts_and_weighs_the_seeds_61_gb()
    {
        var model = await SyntheticLayouts.ReadAsync(GptOss120bShapes.F16.Create());

        Assert.Equal(("gpt-oss", 36, 128, 4), (model.Architecture, model.BlockCount, model.ExpertCount, model.ExpertUsedCount));
        // MXFP4: 17 bytes per 32 values; gate, up and down each 2,880 x 2,880 x 128.
        Assert.Equal(3L * 2880 * 2880 * 128 / 32 * 17, model.Tensors.Where(t => t.Layer == 0 && t.Name.EndsWith("_exps.weight", StringComparison.Ordinal)).Sum(t => t.Bytes));
        Assert.InRange(model.Tensors.Sum(t => t.Bytes) / GiB, 60, 62); // seed 004: "stored as F16: 61 GB file"
    }

    [Fact]
    public async Task Qwen3_coder_next_weighs_about_the_seeds_per_layer_and_file_sizes()
    {
        var q5 = await SyntheticLayouts.ReadAsync(Qwen3CoderNextShapes.UdQ5KXl.Create());
        var q4 = await SyntheticLayouts.ReadAsync(Qwen3CoderNextShapes.Q4_0.Create());

        Assert.Equal(("qwen3next", 48, 512, 10), (q5.Architecture, q5.BlockCount, q5.ExpertCount, q5.ExpertUsedCount));
        // Seed 004: "Per-layer weight: ~1.1 GB" for UD-Q5_K_XL; seed 000: "weights 45 GB" for Q4_0.
        Assert.InRange(q5.Tensors.Where(t => t.Layer is not null).Sum(t => t.Bytes) / 48.0 / 1e9, 1.05, 1.2);
        Assert.InRange(q4.Tensors.Sum(t => t.Bytes) / 1e9, 44, 46);
    }

    [Fact]
    public void Every_preset_has_its_own_name()
    {
        Assert.Equal(HeaderShapes.All.Count, HeaderShapes.All.Select(s => s.Name).Distinct().Count());
        Assert.Contains("qwen3-coder-next", HeaderShapes.All.Select(s => s.Name));
        Assert.Contains("gpt-oss-120b", HeaderShapes.All.Select(s => s.Name));
    }
}
