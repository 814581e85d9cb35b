using System.Text.Json;
using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Numbers past 32 bits are read as 64-bit; numbers past 64 bits or a double's range make that one fact absent
/// (a wrong number is worse than none) and never crash the reader or its JSON output.
/// </summary>
public sealed class BigNumberSpecs
{
    private static readonly string Digits300 = new('9', 300);
    private static readonly string Digits400 = new('9', 400);

    private static LogReport Parse(params string[] lines) => LlamaLogReader.Parse(lines);

    private static string Json(LogReport report) => JsonSerializer.Serialize(report, JsonDefaults.Options);

    [Fact]
    public void Task_ids_and_token_counts_past_32_bits_are_kept_as_64_bit_numbers()
    {
        var report = Parse(
            "slot print_timing: id  3 | task 99999999999 | prompt eval time =      22.65 ms / 2147483648 tokens (    0.26 ms per token,  3884.87 tokens per second)",
            "slot print_timing: id  3 | task 99999999999 |        eval time =      50.41 ms / 4294967296 tokens (    0.80 ms per token,  1249.83 tokens per second)");

        var request = Assert.Single(report.Requests);
        Assert.Equal(99999999999L, request.Task);
        Assert.Equal(2147483648L, request.PromptTokens);
        Assert.Equal(4294967296L, request.GeneratedTokens);
    }

    [Fact]
    public void A_count_past_64_bits_leaves_that_count_absent_and_keeps_the_rest_of_the_request()
    {
        var report = Parse(
            $"slot print_timing: id  0 | task {Digits300} | prompt eval time =      22.65 ms / {Digits300} tokens (    0.26 ms per token,  3884.87 tokens per second)",
            "slot print_timing: id  0 | task 7 |        eval time =      50.41 ms /    64 tokens (    0.80 ms per token,  1249.83 tokens per second)");

        var request = Assert.Single(report.Requests);
        Assert.Null(request.PromptTokens);
        Assert.Null(request.Task);
        Assert.Equal(22.65, request.PromptMs);
        Assert.Equal(64L, request.GeneratedTokens);
        Assert.DoesNotContain("prompt_tokens\"", Json(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_beyond_a_double_are_absent_and_the_report_still_writes_as_json()
    {
        var report = Parse(
            $"load_tensors:        CUDA0 model buffer size = {Digits400}.00 MiB",
            "load_tensors:        CUDA1 model buffer size =   512.00 MiB",
            $"Allocating {Digits300} GiB of pinned host memory",
            $"done allocating {Digits300} GiB in {Digits400} ms",
            $"ggml_backend_cuda_buffer_type_alloc_buffer: allocating {Digits400} MiB on device 0: cudaMalloc failed: out of memory",
            $"slot print_timing: id  0 | task 1 | prompt eval time = {Digits400} ms / 10 tokens (    0.26 ms per token, {Digits400} tokens per second)",
            "slot print_timing: id  0 | task 1 |        eval time =      50.41 ms /    64 tokens (    0.80 ms per token,  1249.83 tokens per second)");

        var json = Json(report);

        Assert.Equal("CUDA1", Assert.Single(report.Startup.Buffers).Device);
        Assert.Null(report.Startup.PinnedHostMs);
        Assert.Null(Assert.Single(report.Failures).Mib);
        var request = Assert.Single(report.Requests);
        Assert.Null(request.PromptMs);
        Assert.Null(request.PromptTokensPerSecond);
        Assert.Equal(10L, request.PromptTokens);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_300_digit_gib_amount_that_overflows_once_converted_to_mib_is_absent()
    {
        var report = Parse($"Allocating {new string('9', 308)} GiB of pinned host memory");

        Assert.Null(report.Startup.PinnedHostMib);
        Assert.DoesNotContain("Infinity", Json(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_counts_past_32_bits_are_kept_and_those_past_64_bits_are_absent()
    {
        var report = Parse(
            "sched_reserve: graph: nodes = 99999999999, splits = 1",
            $"print_info: n_layer = {Digits300}",
            "print_info: n_ctx = 4294967296",
            $"load_tensors: offloaded {Digits300}/80 layers to GPU");

        Assert.Equal(99999999999L, report.Startup.GraphNodes);
        Assert.Null(report.Startup.NLayer);
        Assert.Equal(4294967296L, report.Startup.NCtx);
        Assert.Null(report.Startup.OffloadedLayers);
        Assert.Equal(80L, report.Startup.TotalLayers);
    }

    [Fact]
    public void Structured_and_legacy_slot_fields_past_32_bits_are_kept()
    {
        var report = Parse(
            """{"msg":"prompt eval time =      22.65 ms /    88 tokens (    0.26 ms per token,  3884.87 tokens per second)","id_slot":5000000000,"id_task":1e400}""",
            """{"msg":"       eval time =      50.41 ms /    64 tokens (    0.80 ms per token,  1249.83 tokens per second)","id_slot":5000000000}""");

        var request = Assert.Single(report.Requests);
        Assert.Equal(5000000000L, request.Slot);
        Assert.Null(request.Task);
    }
}
