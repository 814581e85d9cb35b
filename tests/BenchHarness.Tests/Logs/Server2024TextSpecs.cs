using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// The 2024 llama-server's text records: <c>INFO [ print_timings] prompt eval time = … | tid=… id_slot=… id_task=…</c>,
/// between the server's other records and behind the prefixes collectors add.
/// </summary>
public sealed class Server2024TextSpecs
{
    private const string Prompt = "INFO [           print_timings] prompt eval time     =     612.90 ms /   118 tokens (    5.19 ms per token,   192.53 tokens per second) | tid=\"139873216700416\" timestamp=1718014443 id_slot=0 id_task=27 t_prompt_processing=612.9 n_prompt_tokens_processed=118 t_token=5.194067796610169 n_tokens_second=192.52733561755587";
    private const string Eval = "INFO [           print_timings] generation eval time =    9871.02 ms /   300 runs   (   32.90 ms per token,    30.39 tokens per second) | tid=\"139873216700416\" timestamp=1718014443 id_slot=0 id_task=27 t_token_generation=9871.02 n_decoded=300 t_token=32.9034 n_tokens_second=30.392";
    private const string Total = "INFO [           print_timings]           total time =   10483.92 ms | tid=\"139873216700416\" timestamp=1718014443 id_slot=0 id_task=27 t_prompt_processing=612.9 t_token_generation=9871.02 t_total=10483.92";

    [Fact]
    public void Records_among_other_records_give_the_request_with_slot_and_task_from_the_fields()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            "INFO [   launch_slot_with_task] slot is processing task | tid=\"139873216700416\" timestamp=1718014433 id_slot=0 id_task=27",
            Prompt,
            "VERB [            update_slots] prompt done | tid=\"139873216700416\" timestamp=1718014434 id_slot=0 id_task=27 n_past=118",
            Eval,
            Total,
            "INFO [           update_slots] slot released | tid=\"139873216700416\" timestamp=1718014443 id_slot=0 id_task=27 n_ctx=8192 n_past=417 n_system_tokens=0 n_cache_tokens=417 truncated=false",
        ]).Requests);

        Assert.Equal((0, 27, 118, 612.90, 192.53, 300, 9871.02, 30.39, 10483.92),
            (request.Slot, request.Task, request.PromptTokens, request.PromptMs, request.PromptTokensPerSecond, request.GeneratedTokens, request.GenerationMs, request.GenerationTokensPerSecond, request.TotalMs));
    }

    [Fact]
    public void Records_behind_a_collector_timestamp_and_colours_read_the_same()
    {
        var request = Assert.Single(LlamaLogReader.Parse(
        [
            $"2024-06-10 10:14:03.512 | \u001b[32m{Prompt}\u001b[0m",
            $"2024-06-10 10:14:03.512 | \u001b[32m{Eval}\u001b[0m",
            $"2024-06-10 10:14:03.512 | \u001b[32m{Total}\u001b[0m",
        ]).Requests);

        Assert.Equal((0, 27, 118, 300, 10483.92), (request.Slot, request.Task, request.PromptTokens, request.GeneratedTokens, request.TotalMs));
    }
}
