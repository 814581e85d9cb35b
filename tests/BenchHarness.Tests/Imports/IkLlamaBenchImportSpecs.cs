using BenchHarness.Results;

namespace BenchHarness.Tests.Imports;

/// <summary>
/// ik_llama.cpp's llama-bench json: its own fields (<c>override_tensor</c>, <c>mla_attn</c>, <c>fused_moe</c>, no
/// <c>n_depth</c>) and its <c>tg64@pp4096</c> test, generation after a 4096-token prompt.
/// </summary>
public sealed class IkLlamaBenchImportSpecs
{
    private readonly RunResult _run = BenchFiles.Import("ik-llama-bench.json", label: "glm-ik");

    [Fact]
    public void The_run_is_one_completed_llama_bench_import_with_the_rows_machine()
    {
        Assert.Equal(("llama-bench", "import", "glm-ik", RunStatus.Completed), (_run.Scenario, _run.Reason, _run.Label, _run.Status));
        Assert.Equal("AMD Ryzen Threadripper PRO 7975WX 32-Cores", _run.Host.CpuModel);
        Assert.Equal(["NVIDIA RTX PRO 6000 Blackwell Workstation Edition", "NVIDIA GeForce RTX 5090"], _run.Host.Gpus);
        Assert.Equal(new DateTimeOffset(2026, 5, 17, 8, 41, 2, TimeSpan.Zero), _run.StartedAt);
        Assert.StartsWith("2026-05-17T08-41-02-llama-bench-", _run.RunId, StringComparison.Ordinal);
    }

    [Fact]
    public void One_variant_names_the_model_and_the_settings_away_from_their_defaults()
    {
        var variant = Assert.Single(_run.Variants);

        Assert.Equal(
            @"GLM-5.1-IQ3_KS-00001-of-00008 ngl=999 t=32 b=4096 ub=4096 ctk=q8_0 ctv=q8_0 fa=1 ot=blk\.(3|4|5|6|7|8|9|10|11|12|13|14)\.ffn_(gate|up|down)_exps=CUDA0;exps=CPU mla=3 fmoe=1",
            variant.Name);
        Assert.Equal(("b3794-4c1b4d2f", "4c1b4d2f"), (variant.Build!.BuildInfo, variant.Build.Commit));
        Assert.Equal("llama-bench", variant.Launch.Engine);
        Assert.Equal(["-m", "/models/GLM-5.1-IQ3_KS-00001-of-00008.gguf", "-ngl", "999"], variant.Launch.ServerArgs.Take(4));
    }

    [Fact]
    public void Raw_repetitions_become_samples_with_pp_or_tg_rates()
    {
        var samples = _run.Variants[0].Samples;

        var pp = samples.Where(s => s.Prompt == "pp4096").ToList();
        Assert.Equal(3, pp.Count);
        Assert.Equal([0, 1, 2], pp.Select(s => s.Repeat));
        Assert.Equal((4096, 19870.331211, 0.0), (pp[0].PromptTokens, pp[0].PromptMs, pp[0].GenerationTokensPerSecond));
        Assert.Equal(1e9 * 4096 / 19870331211, pp[0].PromptTokensPerSecond, 3);
        Assert.All(samples, s => Assert.False(s.AggregateOnly));

        var tg = samples.Where(s => s.Prompt == "tg64" && s.Depth == 0).ToList();
        Assert.Equal(1e9 * 64 / 3412904112, tg[0].GenerationTokensPerSecond, 3);
    }

    [Fact]
    public void A_tg_at_pp_test_is_generation_at_that_depth()
    {
        var deep = _run.Variants[0].Samples.Where(s => s.Depth == 4096).ToList();

        Assert.Equal(3, deep.Count);
        Assert.All(deep, s => Assert.Equal(("tg64", 64, 0), (s.Prompt, s.GeneratedTokens, s.PromptTokens)));
        Assert.Equal(1e9 * 64 / 3688201456, deep[0].GenerationTokensPerSecond, 3);
    }

    [Fact]
    public void Importing_the_same_file_again_gives_the_same_run_id()
    {
        Assert.Equal(_run.RunId, BenchFiles.Import("ik-llama-bench.json").RunId);
    }
}
