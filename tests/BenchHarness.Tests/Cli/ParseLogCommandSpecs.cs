using System.CommandLine;
using System.Text.Json;
using BenchHarness.Cli;
using BenchHarness.Cli.Commands;
using BenchHarness.Tests.Logs;

namespace BenchHarness.Tests.Cli;

/// <summary><c>bench parse-log FILE [--json]</c> on real captured logs.</summary>
public sealed class ParseLogCommandSpecs
{
    [Fact]
    public async Task Json_output_has_requests_with_the_documented_field_names()
    {
        var (exit, output, _) = await RunAsync(LogFiles.PathOf("ours-default.log"), "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var second = json.RootElement.GetProperty("requests")[1];
        Assert.Equal(121, second.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(5.72, second.GetProperty("prompt_ms").GetDouble());
        Assert.Equal(21142.76, second.GetProperty("prompt_tokens_per_second").GetDouble());
        Assert.Equal(40, second.GetProperty("generated_tokens").GetInt32());
        Assert.Equal(11.72, second.GetProperty("generation_ms").GetDouble());
        Assert.Equal(3328.50, second.GetProperty("generation_tokens_per_second").GetDouble());
        Assert.Equal(17.44, second.GetProperty("total_ms").GetDouble());
        Assert.Equal(0, second.GetProperty("slot").GetInt32());
        Assert.Equal(41, second.GetProperty("task").GetInt32());
        Assert.Equal(LogFiles.LineOf("ours-default.log", "task 41 | prompt eval time"), second.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Json_output_has_startup_buffers_failures_and_cache_mismatches()
    {
        var (_, output, _) = await RunAsync(LogFiles.PathOf("seed000-appendix-a.log"), "--json");

        using var json = JsonDocument.Parse(output);
        var startup = json.RootElement.GetProperty("startup");
        var first = startup.GetProperty("buffers")[0];
        Assert.Equal(("CUDA_Host", "model", 307110.47), (first.GetProperty("device").GetString(), first.GetProperty("kind").GetString(), first.GetProperty("mib").GetDouble()));
        Assert.Equal("kv", startup.GetProperty("buffers")[3].GetProperty("kind").GetString());
        Assert.Equal(190, startup.GetProperty("graph_splits").GetInt32());
        Assert.Equal("layer", startup.GetProperty("split_mode_fallback").GetProperty("used").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("failures").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("cache_mismatches").GetArrayLength());
    }

    [Fact]
    public async Task Json_failure_names_kind_device_and_size()
    {
        var (_, output, _) = await RunAsync(LogFiles.PathOf("seed000-oom.log"), "--json");

        using var json = JsonDocument.Parse(output);
        var failure = json.RootElement.GetProperty("failures")[0];
        Assert.Equal("out_of_memory", failure.GetProperty("kind").GetString());
        Assert.Equal("CUDA0", failure.GetProperty("device").GetString());
        Assert.Equal(5418.03, failure.GetProperty("mib").GetDouble());
    }

    [Fact]
    public async Task Json_of_a_log_mixing_every_family_has_each_request_buffer_and_failure()
    {
        const string log = "mixed-families.log";

        var (exit, output, _) = await RunAsync(LogFiles.PathOf(log), "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var requests = json.RootElement.GetProperty("requests").EnumerateArray().Select(r => (
            Line: r.GetProperty("line").GetInt32(),
            Prompt: r.GetProperty("prompt_tokens").GetInt64(),
            Generated: r.GetProperty("generated_tokens").GetInt64(),
            Tg: r.GetProperty("generation_tokens_per_second").GetDouble(),
            Function: r.TryGetProperty("function", out var function) ? function.GetString() : null)).ToList();
        Assert.Equal(
        [
            (LogFiles.LineOf(log, "prompt eval time =    2210.47"), 1893L, 512L, 32.14, null),
            (LogFiles.LineOf(log, "print_timings] prompt eval time"), 118L, 300L, 30.39, null),
            (LogFiles.LineOf(log, "llama_print_timings: prompt eval time"), 41L, 255L, 17.56, "llama_print_timings"),
            (LogFiles.LineOf(log, "llama_perf_context_print: prompt eval time"), 42L, 127L, 28.80, "llama_perf_context_print"),
        ], requests);
        var first = json.RootElement.GetProperty("requests")[0];
        Assert.Equal((0, 412), (first.GetProperty("slot").GetInt32(), first.GetProperty("task").GetInt32()));

        var buffers = json.RootElement.GetProperty("startup").GetProperty("buffers").EnumerateArray()
            .Select(b => (b.GetProperty("device").GetString(), b.GetProperty("kind").GetString(), b.GetProperty("mib").GetDouble()));
        Assert.Equal(
        [
            ("CPU", "model", 497.11), ("CUDA_Split", "model", 40250.31), ("CUDA_Split", "kv", 4352.06),
            ("CUDA0", "compute", 712.50), ("CUDA_Host", "compute", 80.01),
        ], buffers);

        var failures = json.RootElement.GetProperty("failures").EnumerateArray().Select(f => (
            f.GetProperty("kind").GetString(),
            string.Join("+", f.GetProperty("kinds").EnumerateArray().Select(k => k.GetString())),
            f.GetProperty("fatal").GetBoolean(),
            f.GetProperty("line").GetInt32())).ToList();
        Assert.Equal(
        [
            ("backend_init", "backend_init", false, LogFiles.LineOf(log, "failed to initialize CUDA")),
            ("out_of_memory", "out_of_memory+model_load", true, LogFiles.LineOf(log, "cudaMalloc failed")),
            ("split_mode", "split_mode+model_load", true, LogFiles.LineOf(log, "split mode 'graph'")),
        ], failures);
    }

    [Fact]
    public async Task Summary_lists_each_request_with_its_printed_numbers()
    {
        var (exit, output, _) = await RunAsync(LogFiles.PathOf("seed000-appendix-b.log"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("requests: 3", output, StringComparison.Ordinal);
        Assert.Contains("222410.35", output, StringComparison.Ordinal);
        Assert.Contains("224106.72", output, StringComparison.Ordinal);
        Assert.Contains("graph splits   152", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_exits_2_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.log");

        var (exit, output, error) = await RunAsync(missing);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {missing}: no such file", error.Trim());
    }

    [Fact]
    public async Task A_log_with_numbers_past_32_and_64_bits_gives_valid_json_with_the_64_bit_ones_kept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-numbers-{Guid.NewGuid():N}.log");
        File.WriteAllLines(path,
        [
            "slot print_timing: id  3 | task 99999999999 | prompt eval time =      22.65 ms / 2147483648 tokens (    0.26 ms per token,  3884.87 tokens per second)",
            "slot print_timing: id  3 | task 99999999999 |        eval time =      50.41 ms /    64 tokens (    0.80 ms per token,  1249.83 tokens per second)",
            $"load_tensors:        CUDA0 model buffer size = {new string('9', 400)} MiB",
        ]);
        try
        {
            var (exit, output, _) = await RunAsync(path, "--json");

            Assert.Equal(ExitCodes.Ok, exit);
            using var json = JsonDocument.Parse(output);
            var request = json.RootElement.GetProperty("requests")[0];
            Assert.Equal(99999999999L, request.GetProperty("task").GetInt64());
            Assert.Equal(2147483648L, request.GetProperty("prompt_tokens").GetInt64());
            Assert.Equal(0, json.RootElement.GetProperty("startup").GetProperty("buffers").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand { ParseLogCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(["parse-log", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
