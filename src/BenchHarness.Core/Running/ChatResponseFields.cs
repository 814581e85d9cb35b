using System.Text.Json;

namespace BenchHarness.Running;

/// <summary>Reads the llama-server specific parts of a chat completion (full response or stream chunk).</summary>
public static class ChatResponseFields
{
    public static ServerTimings? Timings(JsonElement root)
    {
        if (!root.TryGetProperty("timings", out var t) || t.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ServerTimings
        {
            PromptN = Int(t, "prompt_n") ?? 0,
            PromptMs = Number(t, "prompt_ms") ?? 0,
            PromptPerSecond = Number(t, "prompt_per_second"),
            PredictedN = Int(t, "predicted_n") ?? 0,
            PredictedMs = Number(t, "predicted_ms") ?? 0,
            PredictedPerSecond = Number(t, "predicted_per_second"),
            CacheN = Int(t, "cache_n"),
        };
    }

    public static ChatUsage? Usage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var u) || u.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        int? reasoning = u.TryGetProperty("completion_tokens_details", out var details) && details.ValueKind == JsonValueKind.Object
            ? Int(details, "reasoning_tokens")
            : null;
        return new ChatUsage(Int(u, "prompt_tokens") ?? 0, Int(u, "completion_tokens") ?? 0, reasoning);
    }

    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    /// <summary>The first choice's <paramref name="member"/> (<c>message</c> or <c>delta</c>), and its finish reason.</summary>
    public static (JsonElement Part, string? FinishReason) FirstChoice(JsonElement root, string member)
    {
        if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0
            || choices[0].ValueKind != JsonValueKind.Object)
        {
            return (default, null);
        }

        var choice = choices[0];
        var part = choice.TryGetProperty(member, out var p) ? p : default;
        return (part, String(choice, "finish_reason"));
    }

    // Numbers out of range (1e400, a count past 32 bits) read as absent: a wrapped or infinite figure is worse than none.
    private static double? Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;

    private static int? Int(JsonElement obj, string name) =>
        Number(obj, name) is { } number && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;
}
