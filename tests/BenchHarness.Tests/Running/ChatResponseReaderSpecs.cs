using System.Text.Json;
using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class ChatResponseReaderSpecs
{
    [Fact]
    public void A_captured_llama_cpp_response_yields_timings_usage_and_content()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine("TestData", "runs", "llama-cpp-response.json")));

        var outcome = ChatResponseReader.Read(doc.RootElement, 250);

        Assert.Equal(70, outcome.Timings!.PromptN);
        Assert.Equal(174.185, outcome.Timings.PromptMs);
        Assert.Equal(12, outcome.Timings.PredictedN);
        Assert.Equal(328.750747160789, outcome.Timings.PredictedPerSecond);
        Assert.Equal(12, outcome.Usage!.CompletionTokens);
        Assert.Equal(0, outcome.ReasoningTokens);
        Assert.Equal(12, outcome.ContentTokens);
        Assert.Equal("length", outcome.FinishReason);
        Assert.Null(outcome.TtftMs);
    }

    [Fact]
    public void Reasoning_tokens_come_from_usage_details_when_the_server_gives_them()
    {
        using var doc = JsonDocument.Parse("""
            {"choices":[{"finish_reason":"stop","message":{"content":"4","reasoning_content":"2+2"}}],
             "usage":{"prompt_tokens":9,"completion_tokens":30,"completion_tokens_details":{"reasoning_tokens":25}}}
            """);

        var outcome = ChatResponseReader.Read(doc.RootElement, 100);

        Assert.Equal(25, outcome.ReasoningTokens);
        Assert.Equal(5, outcome.ContentTokens);
        Assert.Equal("2+2", outcome.ReasoningContent);
        Assert.Null(outcome.Timings);
    }
}
