using System.Text.Json;
using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Logs captured from this project's llama-server build (llama.cpp de3ff81, CPU) serving a random-weight MoE model:
/// default verbosity, <c>-lv 4</c> and <c>--log-jsonl</c>, each with the two /v1/chat/completions responses it served.
/// </summary>
public sealed class OwnServerLogSpecs
{
    public static TheoryData<string> CapturedLogs() => ["ours-default", "ours-lv4", "ours-jsonl"];

    [Theory]
    [MemberData(nameof(CapturedLogs))]
    public void Every_request_agrees_with_the_timings_of_its_response(string capture)
    {
        var requests = LogFiles.Parse(capture + ".log").Requests;
        var timings = ResponseTimings(capture + ".responses.jsonl");

        Assert.Equal(timings.Count, requests.Count);
        for (var i = 0; i < timings.Count; i++)
        {
            var t = timings[i];
            var r = requests[i];
            Assert.Equal(t.GetProperty("prompt_n").GetInt32(), r.PromptTokens);
            AssertPrintedFrom(t.GetProperty("prompt_ms").GetDouble(), r.PromptMs!.Value);
            AssertPrintedFrom(t.GetProperty("prompt_per_second").GetDouble(), r.PromptTokensPerSecond!.Value);
            Assert.Equal(t.GetProperty("predicted_n").GetInt32(), r.GeneratedTokens);
            AssertPrintedFrom(t.GetProperty("predicted_ms").GetDouble(), r.GenerationMs!.Value);
            AssertPrintedFrom(t.GetProperty("predicted_per_second").GetDouble(), r.GenerationTokensPerSecond!.Value);
            Assert.Equal(r.PromptMs!.Value + r.GenerationMs!.Value, r.TotalMs!.Value, 1);
        }
    }

    [Fact]
    public void Default_log_gives_the_printed_numbers_with_slot_and_task()
    {
        const string log = "ours-default.log";

        var requests = LogFiles.Parse(log).Requests;

        Assert.Equal(2, requests.Count);
        Assert.Equal((0, 0, 75, 5.84, 12842.47, 40, 10.81, 3607.77, 16.65),
            (requests[0].Slot, requests[0].Task, requests[0].PromptTokens, requests[0].PromptMs, requests[0].PromptTokensPerSecond,
             requests[0].GeneratedTokens, requests[0].GenerationMs, requests[0].GenerationTokensPerSecond, requests[0].TotalMs));
        Assert.Equal((0, 41, 121, 5.72, 21142.76, 40, 11.72, 3328.50, 17.44),
            (requests[1].Slot, requests[1].Task, requests[1].PromptTokens, requests[1].PromptMs, requests[1].PromptTokensPerSecond,
             requests[1].GeneratedTokens, requests[1].GenerationMs, requests[1].GenerationTokensPerSecond, requests[1].TotalMs));
        Assert.Equal(LogFiles.LineOf(log, "task 41 | prompt eval time"), requests[1].Line);
    }

    [Fact]
    public void Default_verbosity_prints_no_buffer_sizes()
    {
        var startup = LogFiles.Parse("ours-default.log").Startup;

        Assert.Empty(startup.Buffers);
        Assert.Null(startup.GraphSplits);
    }

    [Fact]
    public void Verbosity_4_log_gives_model_description_buffers_graph_and_build()
    {
        var startup = LogFiles.Parse("ours-lv4.log").Startup;

        Assert.Equal("llama", startup.Architecture);
        Assert.Equal("?B", startup.ModelType);
        Assert.Equal("F16", startup.FileType);
        Assert.Equal("1.90 M", startup.ModelParams);
        Assert.Equal("3.64 MiB (16.03 BPW)", startup.ModelSize);
        Assert.Equal(4, startup.NLayer);
        Assert.Equal(4, startup.NExpert);
        Assert.Equal(2, startup.NExpertUsed);
        Assert.Equal(1024, startup.NCtx);
        Assert.Equal(
            [
                new BufferAllocation("CPU_Mapped", BufferKind.Model, 3.64),
                new BufferAllocation("CPU", BufferKind.Kv, 2.00),
                new BufferAllocation("CPU", BufferKind.Compute, 5.01),
            ],
            startup.Buffers);
        Assert.Equal(194, startup.GraphNodes);
        Assert.Equal(1, startup.GraphSplits);
        Assert.Equal("b1-de3ff81", startup.Build);
        Assert.Equal("de3ff81", startup.Commit);
    }

    [Fact]
    public void Build_from_the_log_equals_the_responses_system_fingerprint()
    {
        var fingerprint = ResponseDocuments("ours-lv4.responses.jsonl")[0].GetProperty("system_fingerprint").GetString();

        Assert.Equal(fingerprint, LogFiles.Parse("ours-lv4.log").Startup.Build);
    }

    /// <summary>The log prints "%.2f" of the value the response carries unrounded: they agree within half a hundredth.</summary>
    private static void AssertPrintedFrom(double unrounded, double printed) => Assert.Equal(unrounded, printed, tolerance: 0.005 + 1e-9);

    private static List<JsonElement> ResponseTimings(string name) =>
        ResponseDocuments(name).Select(d => d.GetProperty("timings")).ToList();

    private static List<JsonElement> ResponseDocuments(string name) =>
        File.ReadLines(LogFiles.PathOf(name))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
}
