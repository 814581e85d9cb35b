using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// The same request timing lines as servers and log collectors decorate them: colours, timestamps, level letters,
/// slot/task prefixes and headers, docker compose, journald and router prefixes, 2024 text and JSON records.
/// </summary>
public sealed class LogDecorationSpecs
{
    private const string Prompt = "prompt eval time =    1111.85 ms /    30 tokens (   37.06 ms per token,    26.98 tokens per second)";
    private const string Eval = "       eval time =    2942.51 ms /    64 tokens (   45.98 ms per token,    21.75 tokens per second)";
    private const string Total = "      total time =    4054.36 ms /    94 tokens";

    public static TheoryData<string, string[]> DecoratedRequests() => new()
    {
        { "docker compose", [$"llama-1  | {Prompt}", $"llama-1  | {Eval}", $"llama-1  | {Total}"] },
        { "journald", [$"May 23 01:44:09 gpu-host llama-server[4483]: {Prompt}", $"May 23 01:44:09 gpu-host llama-server[4483]: {Eval}", $"May 23 01:44:09 gpu-host llama-server[4483]: {Total}"] },
        { "docker --timestamps", [$"2025-05-23T01:44:09.123456789Z {Prompt}", $"2025-05-23T01:44:09.123500000Z {Eval}", $"2025-05-23T01:44:09.123600000Z {Total}"] },
        { "indented", [$"    {Prompt.Trim()}", $"    {Eval.Trim()}", $"    {Total.Trim()}"] },
        { "common-log timestamp", [$"1.37.495.377 I {Prompt}", $"1.37.495.380 I {Eval}", $"1.37.495.381 I {Total}"] },
        { "crlf line ends", [$"{Prompt}\r", $"{Eval}\r", $"{Total}\r"] },
    };

    [Theory]
    [MemberData(nameof(DecoratedRequests))]
    public void Decorated_timing_lines_give_the_same_request(string decoration, string[] lines)
    {
        var request = Assert.Single(LlamaLogReader.Parse(lines).Requests);

        Assert.True(
            (request.PromptTokens, request.PromptMs, request.PromptTokensPerSecond, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs)
            == (30, 1111.85, 26.98, 64, 2942.51, 21.75, 4054.36),
            decoration);
    }

    [Fact]
    public void Ansi_coloured_slot_prefixed_lines_give_slot_task_and_numbers()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            $"\u001b[32m0.01.095.782 I \u001b[0mslot print_timing: id  3 | task 7 | {Prompt}",
            $"\u001b[32m0.01.095.823 I \u001b[0mslot print_timing: id  3 | task 7 | {Eval}",
            $"\u001b[32m0.01.095.840 I \u001b[0mslot print_timing: id  3 | task 7 | {Total}",
        ]).Requests);

        Assert.Equal((3, 7, 30, 64, 4054.36), (request.Slot, request.Task, request.PromptTokens, request.GeneratedTokens, request.TotalMs));
    }

    [Fact]
    public void Header_then_bare_lines_take_slot_and_task_from_the_header()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "[42027] 1.37.495.377 I slot print_timing: id  2 | task 388 | ",
            $"[42027] {Prompt}",
            $"[42027] {Eval}",
            $"[42027] {Total}",
        ]).Requests);

        Assert.Equal((2, 388, 1111.85, 2942.51), (request.Slot, request.Task, request.PromptMs, request.GenerationMs));
    }

    [Fact]
    public void A_2024_text_record_with_generation_runs_and_a_key_value_tail_is_a_request()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "INFO [           print_timings] prompt eval time     =      21.40 ms /    16 tokens (    1.34 ms per token,   747.66 tokens per second) | tid=\"1402\" timestamp=1723569622 id_slot=1 id_task=12 t_prompt_processing=21.4 n_prompt_tokens_processed=16",
            "INFO [           print_timings] generation eval time =    2980.10 ms /   512 runs   (    5.82 ms per token,   171.80 tokens per second) | tid=\"1402\" timestamp=1723569622 id_slot=1 id_task=12 n_decoded=512",
            "INFO [           print_timings]           total time =    3001.50 ms | tid=\"1402\" timestamp=1723569622 id_slot=1 id_task=12 t_total=3001.5",
        ]).Requests);

        Assert.Equal((1, 12, 16, 21.40, 747.66, 512, 2980.10, 171.80, 3001.50),
            (request.Slot, request.Task, request.PromptTokens, request.PromptMs, request.PromptTokensPerSecond, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs));
    }

    [Fact]
    public void A_2024_json_record_per_line_is_a_request()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            """{"tid":"88","timestamp":1717067386,"level":"INFO","function":"print_timings","line":321,"msg":"prompt eval time     =     640.25 ms /    48 tokens (   13.34 ms per token,    74.97 tokens per second)","id_slot":0,"id_task":5,"n_prompt_tokens_processed":48}""",
            """{"tid":"88","timestamp":1717067386,"level":"INFO","function":"print_timings","line":337,"msg":"generation eval time =    1800.00 ms /    90 runs   (   20.00 ms per token,    50.00 tokens per second)","id_slot":0,"id_task":5,"n_decoded":90}""",
            """{"tid":"88","timestamp":1717067386,"level":"INFO","function":"print_timings","line":347,"msg":"          total time =    2440.25 ms","id_slot":0,"id_task":5}""",
        ]).Requests);

        Assert.Equal((0, 5, 48, 640.25, 90, 1800.00, 50.00, 2440.25),
            (request.Slot, request.Task, request.PromptTokens, request.PromptMs, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs));
    }

    [Fact]
    public void Wide_numbers_without_padding_are_read_whole()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "prompt eval time = 115222.19 ms / 12345 tokens (9.33 ms per token, 107.14 tokens per second)",
            "eval time = 1234567.89 ms / 65536 tokens (18.84 ms per token, 53.09 tokens per second)",
        ]).Requests);

        Assert.Equal((115222.19, 12345, 1234567.89, 65536), (request.PromptMs, request.PromptTokens, request.GenerationMs, request.GeneratedTokens));
        Assert.Null(request.TotalMs);
    }

    [Fact]
    public void Progress_lines_that_end_in_rates_are_not_requests()
    {
        var report = LlamaLogReader.Parse(
        [
            "1.35.716.244 I slot print_timing: id  0 | task 388 | n_decoded =    172, tg =  12.00 t/s",
            "1.35.716.300 I slot update_slots: id  0 | task 388 | prompt processing, n_tokens =   2048, progress = 0.25, t =   3.10 s / 660.65 tokens per second",
            $"1.35.716.400 I slot print_timing: id  0 | task 388 | {Eval}",
        ]);

        Assert.Empty(report.Requests);
    }

    [Fact]
    public void An_eval_line_without_a_prompt_line_before_it_is_ignored()
    {
        Assert.Empty(LlamaLogReader.Parse([Eval, Total]).Requests);
    }

    [Fact]
    public void A_jsonl_record_holding_a_header_and_its_timing_lines_is_one_request()
    {
        var record = """{"type":"log","time":549451,"level":"info","msg":"slot print_timing: id  1 | task 9 | \nprompt eval time =    1111.85 ms /    30 tokens (   37.06 ms per token,    26.98 tokens per second)\n       eval time =    2942.51 ms /    64 tokens (   45.98 ms per token,    21.75 tokens per second)\n      total time =    4054.36 ms /    94 tokens\n"}""";

        var request = Assert.Single(LlamaLogReader.Parse([record]).Requests);

        Assert.Equal((1, 9, 1, 30, 64, 4054.36), (request.Slot, request.Task, request.Line, request.PromptTokens, request.GeneratedTokens, request.TotalMs));
    }
}
