namespace BenchHarness.Metrics;

/// <summary>
/// The <c>/metrics</c> counters the log's end-of-request lines can be checked against. In the pinned llama.cpp
/// (tools/server, <c>server_metrics</c>) they are cumulative since the server started; tokens processed and
/// generated are the counts each request's <c>prompt eval time</c> / <c>eval time</c> lines print, generation
/// seconds the same span the <c>eval time</c> line times, added when the slot is released.
/// </summary>
public static class LlamaCounters
{
    /// <summary>Prompt tokens processed, cached ones excluded.</summary>
    public const string PromptTokens = "llamacpp:prompt_tokens_total";

    /// <summary>
    /// In the pinned build: from the submit of a request's first prompt batch to the end of the batch that yields its
    /// first logits, a span inside the log's <c>prompt eval time</c> (which starts when the slot takes the task and ends
    /// after the first token is sampled). ik_llama.cpp and older llama.cpp add the log's own figure.
    /// </summary>
    public const string PromptSeconds = "llamacpp:prompt_seconds_total";

    public const string PredictedTokens = "llamacpp:tokens_predicted_total";
    public const string PredictedSeconds = "llamacpp:tokens_predicted_seconds_total";
}
