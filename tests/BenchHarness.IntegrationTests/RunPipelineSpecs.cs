using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests;

public sealed partial class RunPipelineSpecs(SweepFixture sweep) : IClassFixture<SweepFixture>
{
    private static readonly string[] Healthy = ["cpu-moe", "ot-placement"];

    [Fact]
    public void A_server_that_cannot_load_its_model_is_a_failed_variant_with_the_reason()
    {
        var failed = sweep.Variant("bad-model");

        Assert.Equal(VariantStatus.Failed, failed.Status);
        Assert.Contains("while starting", failed.Failure);
        Assert.Contains("/nonexistent/model.gguf", failed.Failure);
        Assert.Empty(failed.Samples);
        Assert.Equal(RunStatus.Failed, sweep.Run.Status);
    }

    [Fact]
    public void A_server_given_an_unknown_argument_fails_and_the_sweep_goes_on()
    {
        var failed = sweep.Variant("bad-argument");

        Assert.Equal(VariantStatus.Failed, failed.Status);
        Assert.Contains("--no-such-flag", failed.Failure);
        Assert.All(Healthy, name => Assert.Equal(VariantStatus.Completed, sweep.Variant(name).Status));
    }

    [Fact]
    public void Every_case_of_a_healthy_variant_has_a_sample_with_pp_and_tg()
    {
        foreach (var name in Healthy)
        {
            var variant = sweep.Variant(name);
            Assert.Equal(sweep.Plan.CasesOf(name).Count(), variant.Samples.Count);
            Assert.All(variant.Samples, s =>
            {
                Assert.Null(s.Error);
                Assert.True(s.PromptTokens > 0 && s.PromptTokensPerSecond > 0, $"{name} PP");
                Assert.True(s.GeneratedTokens > 1 && s.GenerationTokensPerSecond > 0, $"{name} TG");
                Assert.Equal(0, s.CachedTokens); // cache_prompt: false measures the same work every time
            });
        }
    }

    [Fact]
    public void Warm_ups_run_first_and_are_marked()
    {
        var samples = sweep.Variant("cpu-moe").Samples;

        Assert.True(samples[0].Warmup);
        Assert.Single(samples, s => s.Warmup);
        Assert.DoesNotContain(RunSummary.Rows(sweep.Run), r => r.Variant == "cpu-moe" && r.Samples != 2 && r.Thinking is not null);
    }

    [Fact]
    public void Tg_and_pp_in_results_equal_the_logs_eval_time_lines()
    {
        foreach (var name in Healthy)
        {
            var variant = sweep.Variant(name);
            var lines = File.ReadAllLines(Path.Combine(sweep.RunFolder, variant.LogFile!));
            var prompt = lines.Select(l => PromptEvalLine().Match(l)).Where(m => m.Success).ToArray();
            var eval = lines.Select(l => EvalLine().Match(l)).Where(m => m.Success).ToArray();

            Assert.Equal(variant.Samples.Count, prompt.Length);
            Assert.Equal(variant.Samples.Count, eval.Length);
            for (var i = 0; i < variant.Samples.Count; i++)
            {
                var s = variant.Samples[i];
                Assert.Equal(int.Parse(prompt[i].Groups["n"].Value, CultureInfo.InvariantCulture), s.PromptTokens);
                Assert.Equal(prompt[i].Groups["ms"].Value, Printed(s.PromptMs));
                Assert.Equal(prompt[i].Groups["rate"].Value, Printed(s.PromptTokensPerSecond));
                Assert.Equal(int.Parse(eval[i].Groups["n"].Value, CultureInfo.InvariantCulture), s.GeneratedTokens);
                Assert.Equal(eval[i].Groups["ms"].Value, Printed(s.GenerationMs));
                Assert.Equal(eval[i].Groups["rate"].Value, Printed(s.GenerationTokensPerSecond));
                Assert.Equal(TgFormula.NMinus1, s.TgFormula); // this llama.cpp build divides n-1 tokens by the time after the first
            }
        }
    }

    /// <summary>Needs the log reader (LlamaLogReader) to pair each request with its timing lines.</summary>
    [Fact]
    public void Each_sample_carries_the_servers_own_timing_lines_for_that_request()
    {
        var samples = sweep.Variant("cpu-moe").Samples;

        Assert.All(samples, s =>
        {
            var timing = Assert.NotNull(s.LogTiming);
            Assert.Equal(s.PromptTokens, timing.PromptTokens);
            Assert.Equal(s.GeneratedTokens, timing.GeneratedTokens);
            Assert.Equal(Printed(s.GenerationTokensPerSecond), Printed(timing.GenerationTokensPerSecond!.Value));
        });
    }

    /// <summary>
    /// The variant's template adds " &lt;think&gt;" only when the server read <c>enable_thinking</c> as JSON true (it
    /// rejects a string with 400), so the prompt the server evaluated tells which shape arrived.
    /// </summary>
    [Fact]
    public void Thinking_off_and_on_reach_the_server_as_json_booleans()
    {
        var samples = sweep.Variant("ot-placement").Samples.Where(s => !s.Warmup).ToArray();
        var off = samples.Where(s => s.Thinking == false).Select(s => s.PromptTokens).Distinct().Single();
        var on = samples.Where(s => s.Thinking == true).Select(s => s.PromptTokens).Distinct().Single();
        var sent = sweep.Plan.CasesOf("ot-placement").Where(c => c.Thinking is not null).ToArray();

        Assert.True(on > off, $"thinking on evaluated {on} prompt tokens, off {off}");
        Assert.All(sent, c => Assert.Equal(
            c.Thinking == true ? JsonValueKind.True : JsonValueKind.False,
            c.RequestBody.GetProperty("chat_template_kwargs").GetProperty("enable_thinking").ValueKind));
    }

    [Fact]
    public void Streaming_samples_have_client_side_timings_and_non_streaming_ones_do_not()
    {
        var samples = sweep.Variant("cpu-moe").Samples;
        var streamed = samples.Where(s => s.Thinking is not null).ToArray();
        var whole = samples.Single(s => s.Thinking is null);

        Assert.All(streamed, s =>
        {
            Assert.True(s.TtftMs > 0);
            Assert.True(s.ClientTokensPerSecond > 0);
            Assert.True(s.InterTokenMsMedian >= 0 && s.InterTokenMsP99 >= s.InterTokenMsMedian);
            Assert.Equal("length", s.FinishReason);
        });
        Assert.Null(whole.TtftMs);
        Assert.Equal("length", whole.FinishReason);
    }

    [Fact]
    public void Each_variant_records_what_actually_ran()
    {
        var variant = sweep.Variant("ot-placement");

        Assert.StartsWith("b", variant.Build!.BuildInfo);
        Assert.Equal(TestAssets.Model, variant.Build.ModelPath);
        Assert.Equal(2048, variant.Build.NCtx);
        Assert.True(variant.LoadMs > 0);
        Assert.Contains(@"blk\.[0-3]\.ffn_(gate|up|down)_exps=CPU", variant.Launch.ServerArgs);
        Assert.Contains("--cpu-moe", sweep.Variant("cpu-moe").Launch.ServerArgs);
    }

    [Fact]
    public void Expert_placement_flags_reach_the_server()
    {
        foreach (var name in Healthy)
        {
            var log = File.ReadAllText(Path.Combine(sweep.RunFolder, sweep.Variant(name).LogFile!));
            Assert.Contains("tensor overrides to CPU are used", log);
        }
    }

    /// <summary>Needs the log reader (LlamaLogReader) for the startup facts.</summary>
    [Fact]
    public void Startup_facts_from_the_log_are_kept_with_the_variant()
    {
        var startup = sweep.Variant("ot-placement").Startup!;

        Assert.Contains(startup.Buffers, b => b.Device == "CPU_Mapped" && b.Kind == Logs.BufferKind.Model && b.Mib > 10);
        Assert.Contains(startup.Buffers, b => b.Device == "CPU" && b.Kind == Logs.BufferKind.Kv);
        Assert.Equal(1, startup.GraphSplits);
    }

    [Fact]
    public void Resource_samples_hold_the_servers_cpu_and_memory()
    {
        var resources = sweep.Variant("cpu-moe").Resources;

        Assert.NotEmpty(resources);
        Assert.All(resources, r => Assert.True(r.RssMib > 10, $"rss {r.RssMib} MiB"));
        Assert.Contains(resources, r => r.CpuPercent > 0);
        Assert.Equal(resources.OrderBy(r => r.AtMs), resources);
    }

    [Fact]
    public async Task Run_json_on_disk_holds_the_finished_run()
    {
        var onDisk = await RunResultFile.ReadAsync(Path.Combine(sweep.RunFolder, RunResultFile.FileName), CancellationToken.None);

        Assert.Equal(sweep.Run.RunId, onDisk.RunId);
        Assert.NotNull(onDisk.FinishedAt);
        Assert.Equal(sweep.Run.Variants.Select(v => v.Samples.Count), onDisk.Variants.Select(v => v.Samples.Count));
        Assert.True(onDisk.Host.Cores > 0 && onDisk.Host.MemoryMib > 0 && onDisk.Host.CpuModel.Length > 0);
        Assert.Matches(@"^\d{8}-\d{6}-sweep-[0-9a-f]{4}$", onDisk.RunId);
    }

    [Fact]
    public void No_server_process_is_left_after_the_run()
    {
        foreach (var variant in sweep.Plan.Variants)
        {
            Assert.Empty(ProcessTable.WithArgument(variant.Launch.HostPort.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>As the server prints it (<c>%.2f</c>: the exact binary value rounded, which "F2" also does).</summary>
    private static string Printed(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"prompt eval time =\s*(?<ms>[\d.]+) ms /\s*(?<n>\d+) tokens \(.*?,\s*(?<rate>[\d.]+) tokens per second\)")]
    private static partial Regex PromptEvalLine();

    [GeneratedRegex(@"\|\s+eval time =\s*(?<ms>[\d.]+) ms /\s*(?<n>\d+) tokens \(.*?,\s*(?<rate>[\d.]+) tokens per second\)")]
    private static partial Regex EvalLine();

}
