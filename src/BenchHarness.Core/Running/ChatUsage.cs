namespace BenchHarness.Running;

/// <summary>The OpenAI <c>usage</c> object; <see cref="ReasoningTokens"/> from <c>completion_tokens_details</c> when the server gives it.</summary>
public sealed record ChatUsage(int PromptTokens, int CompletionTokens, int? ReasoningTokens);
