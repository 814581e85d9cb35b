using System.Text.Json;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Reads one JSON-per-line log record: <c>--log-jsonl</c> (<c>"msg"</c>) and the 2024 server's JSON logs
/// (<c>"msg"</c> or <c>"message"</c>, with <c>id_slot</c>/<c>id_task</c> fields).
/// </summary>
internal static class StructuredLogMessage
{
    public static bool TryRead(string text, out string message, out long? slot, out long? task)
    {
        message = "";
        slot = null;
        task = null;
        if (!text.StartsWith('{') || !text.EndsWith('}'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !TryString(root, out message, "msg", "message"))
            {
                return false;
            }

            slot = IntField(root, "id_slot", "slot_id");
            task = IntField(root, "id_task", "task_id");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryString(JsonElement root, out string value, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String)
            {
                value = element.GetString() ?? "";
                return true;
            }
        }

        value = "";
        return false;
    }

    private static long? IntField(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value))
            {
                return value;
            }
        }

        return null;
    }
}
