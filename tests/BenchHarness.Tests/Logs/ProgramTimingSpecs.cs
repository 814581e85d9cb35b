using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Timings that programs print at exit rather than per server request: <c>llama_print_timings:</c> (2023-24
/// <c>main</c> / llama-cli, generated tokens counted in runs), <c>llama_perf_context_print:</c> (2025 llama-cli) and the
/// 2023 server's <c>print_timings:</c>.
/// </summary>
public sealed class ProgramTimingSpecs
{
    [Fact]
    public void Llama_print_timings_is_one_request_with_generation_counted_in_runs()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "llama_print_timings:        load time =    2147.33 ms",
            "llama_print_timings:      sample time =      61.47 ms /   256 runs   (    0.24 ms per token,  4164.63 tokens per second)",
            "llama_print_timings: prompt eval time =     873.21 ms /    41 tokens (   21.30 ms per token,    46.95 tokens per second)",
            "llama_print_timings:        eval time =   14520.88 ms /   255 runs   (   56.94 ms per token,    17.56 tokens per second)",
            "llama_print_timings:       total time =   15621.40 ms /   296 tokens",
        ]).Requests);

        Assert.Equal((3, 41, 873.21, 46.95, 255, 14520.88, 17.56, 15621.40, "llama_print_timings"),
            (request.Line, request.PromptTokens, request.PromptMs, request.PromptTokensPerSecond, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs, request.Function));
    }

    [Fact]
    public void Llama_perf_context_print_is_one_request_and_the_sampler_line_is_not_generation()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "llama_perf_sampler_print:    sampling time =      23.10 ms /   169 runs   (    0.14 ms per token,  7316.02 tokens per second)",
            "llama_perf_context_print:        load time =    3120.56 ms",
            "llama_perf_context_print: prompt eval time =     198.77 ms /    42 tokens (    4.73 ms per token,   211.30 tokens per second)",
            "llama_perf_context_print:        eval time =    4410.09 ms /   127 runs   (   34.73 ms per token,    28.80 tokens per second)",
            "llama_perf_context_print:       total time =    4700.31 ms /   169 tokens",
            "llama_perf_context_print:    graphs reused =        126",
        ]).Requests);

        Assert.Equal((42, 198.77, 127, 4410.09, 28.80, 4700.31, "llama_perf_context_print"),
            (request.PromptTokens, request.PromptMs, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs, request.Function));
    }

    [Fact]
    public void Early_2023_lines_without_a_rate_keep_counts_and_times_and_leave_the_rate_absent()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "llama_print_timings: prompt eval time =  1590.39 ms /    12 tokens (  132.53 ms per token)",
            "llama_print_timings:        eval time = 11785.04 ms /    63 runs   (  187.06 ms per token)",
            "llama_print_timings:       total time = 13571.88 ms",
        ]).Requests);

        Assert.Equal((12, 1590.39, 63, 11785.04, 13571.88), (request.PromptTokens, request.PromptMs, request.GeneratedTokens, request.GenerationMs, request.TotalMs));
        Assert.Null(request.PromptTokensPerSecond);
        Assert.Null(request.GenerationTokensPerSecond);
    }

    [Fact]
    public void The_2023_server_print_timings_lines_are_a_server_request()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "print_timings: prompt eval time =     397.04 ms /    22 tokens (   18.05 ms per token,    55.41 tokens per second)",
            "print_timings:        eval time =    4416.15 ms /   100 runs   (   44.16 ms per token,    22.64 tokens per second)",
            "print_timings:       total time =    4813.19 ms",
        ]).Requests);

        Assert.Equal((22, 100, 22.64, 4813.19), (request.PromptTokens, request.GeneratedTokens, request.GenerationTokensPerSecond, request.TotalMs));
        Assert.Null(request.Function);
    }

    [Fact]
    public void A_program_prompt_line_is_never_completed_by_a_server_eval_line()
    {
        var report = LlamaLogReader.Parse(
        [
            "llama_perf_context_print: prompt eval time =     198.77 ms /    42 tokens (    4.73 ms per token,   211.30 tokens per second)",
            "       eval time =    2942.51 ms /    64 tokens (   45.98 ms per token,    21.75 tokens per second)",
        ]);

        Assert.Empty(report.Requests);
    }
}
