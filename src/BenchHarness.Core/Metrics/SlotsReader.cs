using System.Text.Json;

namespace BenchHarness.Metrics;

/// <summary>
/// Reads a <c>/slots</c> answer: an array of slot objects (llama.cpp; ik_llama.cpp names fewer fields). Fields a
/// build does not send stay null; <c>next_token</c> is an object or a one-element array, depending on the build.
/// </summary>
public static class SlotsReader
{
    /// <exception cref="JsonException">The text is not JSON, or not an array of objects with an <c>id</c>.</exception>
    public static IReadOnlyList<SlotState> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"expected an array of slots, got {document.RootElement.ValueKind}");
        }

        return [.. document.RootElement.EnumerateArray().Select(Slot)];
    }

    private static SlotState Slot(JsonElement slot, int index)
    {
        var id = Integer(slot, "id") ?? throw new JsonException($"slot {index}: no numeric 'id'");
        var next = slot.TryGetProperty("next_token", out var token) ? token : default;
        if (next.ValueKind == JsonValueKind.Array)
        {
            next = next.EnumerateArray().FirstOrDefault();
        }

        return new SlotState
        {
            Id = (int)id,
            NCtx = Integer(slot, "n_ctx") is { } ctx ? (int)ctx : null,
            IsProcessing = slot.TryGetProperty("is_processing", out var busy) && busy.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? busy.GetBoolean()
                : null,
            IdTask = Integer(slot, "id_task"),
            PromptTokens = Integer(slot, "n_prompt_tokens"),
            PromptTokensProcessed = Integer(slot, "n_prompt_tokens_processed"),
            PromptTokensCached = Integer(slot, "n_prompt_tokens_cache"),
            Decoded = next.ValueKind == JsonValueKind.Object ? Integer(next, "n_decoded") : null,
        };
    }

    private static long? Integer(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;
}
