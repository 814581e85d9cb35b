using System.Text.Json;

namespace BenchHarness.Running;

/// <summary>Reads a non-streamed chat completion. Reasoning tokens come from <c>usage</c> when the server reports them.</summary>
public static class ChatResponseReader
{
    public static ChatOutcome Read(JsonElement root, double totalMs)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"the server answered with {root.ValueKind}, not an object");
        }

        if (root.TryGetProperty("error", out var error))
        {
            throw new InvalidDataException($"the server reported an error: {error.GetRawText()}");
        }

        var (message, finish) = ChatResponseFields.FirstChoice(root, "message");
        var usage = ChatResponseFields.Usage(root);
        var reasoningText = ChatResponseFields.String(message, "reasoning_content") ?? "";
        int? reasoning = usage?.ReasoningTokens ?? (reasoningText.Length == 0 ? 0 : null);
        return new ChatOutcome
        {
            Timings = ChatResponseFields.Timings(root),
            Usage = usage,
            FinishReason = finish,
            SystemFingerprint = ChatResponseFields.String(root, "system_fingerprint"),
            ReasoningTokens = reasoning,
            ContentTokens = usage is not null && reasoning is not null ? usage.CompletionTokens - reasoning : null,
            Content = ChatResponseFields.String(message, "content") ?? "",
            ReasoningContent = reasoningText,
            ClientTotalMs = totalMs,
        };
    }
}
