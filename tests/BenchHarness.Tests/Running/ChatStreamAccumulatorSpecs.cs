using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class ChatStreamAccumulatorSpecs
{
    private static readonly string[] CapturedStream = File.ReadAllLines(Path.Combine("TestData", "runs", "llama-cpp-stream.sse"));

    [Fact]
    public void A_captured_llama_cpp_stream_yields_its_final_timings_usage_and_finish_reason()
    {
        var outcome = Feed(CapturedStream, stepMs: 10);

        Assert.Equal(12, outcome.Timings!.PredictedN);
        Assert.Equal(58.108, outcome.Timings.PredictedMs);
        Assert.Equal(60, outcome.Timings.PromptN);
        Assert.Equal(0, outcome.Timings.CacheN);
        Assert.Equal(12, outcome.Usage!.CompletionTokens);
        Assert.Equal("length", outcome.FinishReason);
        Assert.Equal("b1-de3ff81", outcome.SystemFingerprint);
    }

    [Fact]
    public void Content_chunks_are_counted_and_timed_from_the_request()
    {
        var outcome = Feed(CapturedStream, stepMs: 10);
        var firstContentLine = Array.FindIndex(CapturedStream, l => l.Contains("\"content\":\"", StringComparison.Ordinal));

        Assert.Equal(12, outcome.ContentTokens);
        Assert.Equal(0, outcome.ReasoningTokens);
        Assert.Equal(12, outcome.Content.Length);
        Assert.Equal(firstContentLine * 10.0, outcome.TtftMs);
    }

    [Fact]
    public void Client_rate_counts_tokens_after_the_first_over_the_time_from_first_to_last()
    {
        var outcome = Feed(CapturedStream, stepMs: 10);

        // 12 content chunks, each two lines apart (data line, blank line): 11 gaps of 20 ms.
        Assert.Equal(11 * 1000.0 / (11 * 20.0), outcome.ClientTokensPerSecond!.Value, 6);
        Assert.Equal(20.0, outcome.InterTokenMsMedian);
        Assert.Equal(20.0, outcome.InterTokenMsP99);
    }

    [Fact]
    public void Reasoning_chunks_are_counted_apart_from_content()
    {
        var accumulator = new ChatStreamAccumulator();
        accumulator.AddLine("""data: {"choices":[{"index":0,"delta":{"reasoning_content":"Let"}}]}""", 5);
        accumulator.AddLine("""data: {"choices":[{"index":0,"delta":{"reasoning_content":" me"}}]}""", 6);
        accumulator.AddLine("""data: {"choices":[{"index":0,"delta":{"content":"OK"}}]}""", 7);
        accumulator.AddLine("data: [DONE]", 8);

        var outcome = accumulator.Complete(9);

        Assert.True(accumulator.Done);
        Assert.Equal(2, outcome.ReasoningTokens);
        Assert.Equal(1, outcome.ContentTokens);
        Assert.Equal("Let me", outcome.ReasoningContent);
        Assert.Equal(5, outcome.TtftMs);
    }

    [Fact]
    public void An_error_sent_mid_stream_is_reported()
    {
        var accumulator = new ChatStreamAccumulator();

        var error = Assert.Throws<InvalidDataException>(() =>
            accumulator.AddLine("""data: {"error":{"code":500,"message":"context full"}}""", 1));

        Assert.Contains("context full", error.Message);
    }

    private static ChatOutcome Feed(IEnumerable<string> lines, double stepMs)
    {
        var accumulator = new ChatStreamAccumulator();
        var at = 0.0;
        foreach (var line in lines)
        {
            accumulator.AddLine(line, at);
            at += stepMs;
        }

        return accumulator.Complete(at);
    }

    [Theory]
    [InlineData("data: {\"choices\":")]
    [InlineData("data: [1, 2]")]
    [InlineData("data: \"text\"")]
    public void A_malformed_chunk_fails_the_sample_with_invalid_data(string line)
    {
        var accumulator = new ChatStreamAccumulator();

        Assert.Throws<InvalidDataException>(() => accumulator.AddLine(line, 1));
    }

    [Fact]
    public void Numbers_out_of_range_and_choices_of_the_wrong_shape_read_as_absent()
    {
        var accumulator = new ChatStreamAccumulator();
        accumulator.AddLine("""data: {"choices":[7],"timings":{"predicted_n":1e400,"predicted_ms":5e9999,"prompt_n":99999999999}}""", 1);

        var outcome = accumulator.Complete(2);

        Assert.Equal(0, outcome.Timings!.PredictedN);
        Assert.Equal(0, outcome.Timings.PredictedMs);
        Assert.Equal(0, outcome.Timings.PromptN);
        Assert.Null(outcome.FinishReason);
    }
}
