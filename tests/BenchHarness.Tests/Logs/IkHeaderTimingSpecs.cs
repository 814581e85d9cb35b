using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// ik_llama.cpp's 2026 server: <c>slot print_timing: id N | task M |</c> alone on a line, then the bare
/// <c>prompt eval time</c> / <c>eval time</c> / <c>total time</c> lines, with unrelated lines of the server between them.
/// </summary>
public sealed class IkHeaderTimingSpecs
{
    [Fact]
    public void Bare_timing_lines_between_unrelated_lines_take_slot_and_task_from_the_header()
    {
        var report = LlamaLogReader.Parse(
        [
            "slot print_timing: id  0 | task 412 | ",
            "INFO [      log_server_request] request | tid=\"140229003493376\" timestamp=1773475980 remote_addr=\"10.0.0.5\" remote_port=51812 status=200 method=\"GET\" path=\"/health\" params={}",
            "prompt eval time =    2210.47 ms /  1893 tokens (    1.17 ms per token,   856.38 tokens per second)",
            "slot update_slots: id  1 | task 415 | kv cache rm [0, end)",
            "",
            "       eval time =   15932.66 ms /   512 tokens (   31.12 ms per token,    32.14 tokens per second)",
            "srv  update_slots: all slots are idle",
            "      total time =   18143.13 ms /  2405 tokens",
            "draft acceptance rate = 0.71429 (  180 accepted /   252 generated)",
        ]);

        var request = Assert.Single(report.Requests);
        Assert.Equal((0, 412, 3, 1893, 2210.47, 512, 15932.66, 32.14, 18143.13),
            (request.Slot, request.Task, request.Line, request.PromptTokens, request.PromptMs, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs));
    }

    [Fact]
    public void Two_headers_in_turn_give_each_request_its_own_slot_and_task()
    {
        var report = LlamaLogReader.Parse(
        [
            "[1773475980] slot print_timing: id  1 | task 7 |",
            "[1773475980] prompt eval time =     118.20 ms /    96 tokens (    1.23 ms per token,   812.18 tokens per second)",
            "[1773475980]        eval time =    1602.77 ms /    48 tokens (   33.39 ms per token,    29.95 tokens per second)",
            "[1773475980]       total time =    1720.97 ms /   144 tokens",
            "[1773475981] slot launch_slot_: id  0 | task 9 | processing task",
            "[1773475983] slot print_timing: id  0 | task 9 |",
            "[1773475983] prompt eval time =     240.01 ms /   200 tokens (    1.20 ms per token,   833.30 tokens per second)",
            "[1773475983]        eval time =    3300.00 ms /   100 tokens (   33.00 ms per token,    30.30 tokens per second)",
        ]);

        Assert.Equal([(1L, 7L), (0L, 9L)], report.Requests.Select(r => (r.Slot!.Value, r.Task!.Value)));
    }

    [Fact]
    public void Bare_lines_without_a_header_have_no_slot_or_task()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "prompt eval time =     240.01 ms /   200 tokens (    1.20 ms per token,   833.30 tokens per second)",
            "       eval time =    3300.00 ms /   100 tokens (   33.00 ms per token,    30.30 tokens per second)",
        ]).Requests);

        Assert.Null(request.Slot);
        Assert.Null(request.Task);
    }
}
