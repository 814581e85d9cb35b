using BenchHarness.Results;

namespace BenchHarness.Tests.Imports;

/// <summary>ik_llama.cpp's sweep-bench table with the log printed before it: one sample per row, at depth N_KV.</summary>
public sealed class SweepBenchImportSpecs
{
    private readonly RunResult _run = BenchFiles.Import("ik-sweep-bench.log");

    [Fact]
    public void Each_row_is_a_sample_at_its_depth_with_both_rates_and_raw_times()
    {
        var samples = Assert.Single(_run.Variants).Samples;

        Assert.Equal([0, 4096, 8192, 12288], samples.Select(s => s.Depth));
        Assert.All(samples, s => Assert.Equal("pp4096+tg1024", s.Prompt));
        var deepest = samples[^1];
        Assert.Equal((4096, 21806.0, 187.84, 1024, 62230.0, 16.46),
            (deepest.PromptTokens, deepest.PromptMs, deepest.PromptTokensPerSecond, deepest.GeneratedTokens, deepest.GenerationMs, deepest.GenerationTokensPerSecond));
        Assert.All(samples, s => Assert.Equal(BenchFiles.FileTime, s.At));
    }

    [Fact]
    public void Build_model_gpus_and_settings_come_from_the_log_before_the_table()
    {
        var variant = Assert.Single(_run.Variants);

        Assert.Equal(("sweep-bench", "b4192-1cb7e1bf"), (_run.Scenario, variant.Build!.BuildInfo));
        Assert.Equal("GLM-5.1-IQ3_KS-00001-of-00008 c=32768 ngl=999 t=32 b=4096 ub=4096 fa=1", variant.Name);
        Assert.Equal(["-m", "/models/GLM-5.1-IQ3_KS-00001-of-00008.gguf", "-c", "32768"], variant.Launch.ServerArgs.Take(4));
        Assert.Equal(["NVIDIA RTX PRO 6000 Blackwell Workstation Edition", "NVIDIA GeForce RTX 5090"], _run.Host.Gpus);
        Assert.Equal("744B.A40B", variant.Startup!.ModelType);
    }
}
