using System.Text.Json;
using System.Text.Json.Nodes;

namespace BenchHarness.Running;

/// <summary>
/// The text that fills a case's context to its depth, and where it goes: at the start of the conversation, in the
/// system message (added when the case has none), so the request's own messages follow it unchanged and the
/// filled tokens are a prefix the server's prompt cache can reuse.
/// </summary>
public static class ContextFill
{
    // Ordinary words, so every tokenizer spends about one or two tokens on each and no chat template reacts to them.
    private static readonly string[] Words =
        ["amber", "river", "stone", "quiet", "harbor", "lantern", "meadow", "copper", "window", "garden", "silver", "orchard", "candle", "valley", "thread", "winter"];

    /// <summary>The first <paramref name="words"/> filler words, separated by spaces.</summary>
    public static string Text(int words) =>
        string.Join(' ', Enumerable.Range(0, Math.Max(words, 0)).Select(i => Words[i % Words.Length]));

    /// <summary>The case's request body with <paramref name="filler"/> leading its conversation.</summary>
    public static JsonElement WithFiller(JsonElement body, string filler)
    {
        var root = JsonNode.Parse(body.GetRawText())!.AsObject();
        var messages = root["messages"]?.AsArray() ?? throw new InvalidDataException("the request body has no messages to put the context filler before");
        if (messages.Count > 0 && messages[0] is JsonObject first && (string?)first["role"] == "system" && first["content"] is JsonValue content)
        {
            first["content"] = filler + "\n\n" + (string?)content;
        }
        else
        {
            messages.Insert(0, new JsonObject { ["role"] = "system", ["content"] = filler });
        }

        return JsonSerializer.SerializeToElement(root);
    }
}
