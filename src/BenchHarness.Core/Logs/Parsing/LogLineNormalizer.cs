using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Strips what surrounds a llama-server message, outermost first: ANSI colours, docker compose, journald,
/// ISO and router prefixes, the common-log timestamp and level letter, JSON-per-line records, the 2024
/// <c>INFO [ function]</c> prefix with its <c>| key=value</c> tail, and slot/task prefixes.
/// </summary>
internal static partial class LogLineNormalizer
{
    public static NormalizedLogLine Normalize(string raw)
    {
        var text = StripOuterPrefixes(Ansi().Replace(raw, "").Trim());
        int? slot = null;
        int? task = null;

        if (StructuredLogMessage.TryRead(text, out var message, out var jsonSlot, out var jsonTask))
        {
            text = StripOuterPrefixes(message.Trim());
            (slot, task) = (jsonSlot, jsonTask);
        }

        text = StripLegacyServerDecoration(text, ref slot, ref task);

        var slotPrefix = SlotPrefix().Match(text);
        if (slotPrefix.Success)
        {
            slot = LogNumbers.Int(slotPrefix.Groups["slot"].Value);
            task = LogNumbers.Int(slotPrefix.Groups["task"].Value);
            text = text[slotPrefix.Length..].Trim();
            return new NormalizedLogLine(text, slot, task, IsSlotHeader: text.Length == 0);
        }

        return new NormalizedLogLine(text, slot, task);
    }

    /// <summary>Prefixes can nest (a journald line of a compose service of a router child), so peel until none is left.</summary>
    private static string StripOuterPrefixes(string text)
    {
        while (true)
        {
            var match = OuterPrefix().Match(text);
            if (!match.Success || match.Length == 0)
            {
                return text;
            }

            text = text[match.Length..].TrimStart();
        }
    }

    /// <summary>2024 servers: <c>INFO [ print_timings] prompt eval time = ... | tid="1" id_slot=0 id_task=0 ...</c>.</summary>
    private static string StripLegacyServerDecoration(string text, ref int? slot, ref int? task)
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

    private static int? FieldValue(Match match) => match.Success ? LogNumbers.IntOrNull(match.Groups[1].Value) : null;

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Ansi();

    // One outer prefix at a time: compose "svc  | ", journald "May 23 01:44:09 host unit[pid]: ",
    // ISO timestamp, router child "[pid] ", common-log "0.01.095.782 I " (timestamp, level or both).
    [GeneratedRegex("""
        ^(?:
            [A-Za-z0-9][\w.-]*\s*\|(?:\s|$)
          | [A-Z][a-z]{2}\s+\d{1,2}\s\d\d:\d\d:\d\d\s\S+\s[^\s:\[]+(?:\[\d+\])?:\s
          | \d{4}-\d\d-\d\d[T\s]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s
          | \[\d+\](?:\s|$)
          | \d+\.\d\d\.\d{3}\.\d{3}(?:\s[IWEDT])?(?:\s|$)
          | [IWEDT]\s(?=\S)
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OuterPrefix();

    [GeneratedRegex(@"^(?:INFO|WARN|WARNING|ERR|ERROR|DEBUG|VERB)\s+\[\s*[\w:~]+\s*\]\s?")]
    private static partial Regex LegacyLevelPrefix();

    [GeneratedRegex("""\s\|\s(?<fields>(?:\w+=(?:"[^"]*"|\S+)\s*)+)$""")]
    private static partial Regex KeyValueTail();

    [GeneratedRegex(@"\b(?:id_slot|slot_id)=(-?\d+)")]
    private static partial Regex SlotField();

    [GeneratedRegex(@"\b(?:id_task|task_id)=(-?\d+)")]
    private static partial Regex TaskField();

    [GeneratedRegex(@"^slot\s+\w+:\s+id\s+(?<slot>\d+)\s*\|\s*task\s+(?<task>-?\d+)\s*\|\s?")]
    private static partial Regex SlotPrefix();
}
