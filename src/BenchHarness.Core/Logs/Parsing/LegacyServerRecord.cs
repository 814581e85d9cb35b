using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// The 2024 server's text log record: a level and function in brackets before the message, and the message's
/// structured fields as <c>| key=value</c> pairs after it; the slot and task ids come from those fields.
/// </summary>
internal static partial class LegacyServerRecord
{
    /// <summary>2024 servers: <c>INFO [ print_timings] prompt eval time = ... | tid="1" id_slot=0 id_task=0 ...</c>.</summary>
    public static string Strip(string text, ref long? slot, ref long? task)
    {
        var prefix = LegacyLevelPrefix().Match(text);
        if (!prefix.Success)
        {
            return text;
        }

        text = text[prefix.Length..];
        var tail = KeyValueTail().Match(text);
        if (!tail.Success)
        {
            return text.Trim();
        }

        var fields = tail.Groups["fields"].Value;
        slot = FieldValue(SlotField().Match(fields)) ?? slot;
        task = FieldValue(TaskField().Match(fields)) ?? task;
        return text[..tail.Index].Trim();
    }

    private static long? FieldValue(Match match) => match.Success ? LogNumbers.Long(match.Groups[1].Value) : null;

    [GeneratedRegex(@"^(?:INFO|WARN|WARNING|ERR|ERROR|DEBUG|VERB)\s+\[\s*[\w:~]+\s*\]\s?")]
    private static partial Regex LegacyLevelPrefix();

    [GeneratedRegex("""\s\|\s(?<fields>(?:\w+=(?:"[^"]*"|\S+)\s*)+)$""")]
    private static partial Regex KeyValueTail();

    [GeneratedRegex(@"\b(?:id_slot|slot_id)=(-?\d+)")]
    private static partial Regex SlotField();

    [GeneratedRegex(@"\b(?:id_task|task_id)=(-?\d+)")]
    private static partial Regex TaskField();
}
