using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Strips what surrounds a llama-server message, outermost first: ANSI colours, docker compose, journald,
/// ISO and router prefixes, the common-log timestamp and level letter, JSON-per-line records, the 2024
/// <c>INFO [ function]</c> prefix with its <c>| key=value</c> tail, and slot/task prefixes.
/// </summary>
internal static partial class LogLineNormalizer
{
    /// <summary>
    /// Normalises one physical line. Usually that gives one message; a JSON record whose message holds several
    /// lines (a timing header and its bare timing lines printed at once) gives one per line.
    /// </summary>
    public static IReadOnlyList<NormalizedLogLine> Normalize(string raw)
    {
        // Most lines carry no colour code: the expression runs only where one could start.
        var text = raw.AsSpan().IndexOfAny(ColourStarts) >= 0 ? Ansi().Replace(raw, "").Trim() : raw.Trim();
        text = StripOuterPrefixes(text);
        if (!StructuredLogMessage.TryRead(text, out var message, out var slot, out var task))
        {
            return [NormalizeMessage(text, null, null)];
        }

        return message.Trim().Split('\n').Select(part => NormalizeMessage(StripOuterPrefixes(part.Trim()), slot, task)).ToList();
    }

    private static NormalizedLogLine NormalizeMessage(string text, long? slot, long? task)
    {
        text = LegacyServerRecord.Strip(text, ref slot, ref task);

        if (SlotPrefix.TryRead(text, out var length, out var slotId, out var taskId))
        {
            text = text[length..].Trim();
            return new NormalizedLogLine(text, slotId, taskId, IsSlotHeader: text.Length == 0);
        }

        return new NormalizedLogLine(text, slot, task);
    }

    /// <summary>Prefixes can nest (a journald line of a compose service of a router child), so peel until none is left.</summary>
    private static string StripOuterPrefixes(string text)
    {
        while (true)
        {
            if (CommonLogPrefixLength(text) is > 0 and var length)
            {
                text = text[length..].TrimStart();
                continue;
            }

            if (!MayHavePrefix(text))
            {
                return text;
            }

            var match = OuterPrefix().Match(text);
            if (!match.Success || match.Length == 0)
            {
                return text;
            }

            text = text[match.Length..].TrimStart();
        }
    }

    // A colour code as the terminal got it, as a bug report shows it after a copy (escape written out as ^[, \033,
    // \x1b, \e, \u001b) or with the escape byte lost on the way (a bare "[0m", "[1;32m").
    /// <summary>
    /// Every outer prefix starts with a digit (timestamps), a capital (a journald month, a level letter), or holds a '|' (compose, a
    /// collector's bar) or a '[' (journald, router, bracketed timestamps): anything else skips the expression, and so does
    /// a slot message, whose own "id N | task M |" is no prefix.
    /// </summary>
    private static bool MayHavePrefix(string text) =>
        text.Length > 1 && !text.StartsWith("slot ", StringComparison.Ordinal) && (char.IsAsciiDigit(text[0]) || char.IsAsciiLetterUpper(text[0])
                            || text.AsSpan().IndexOfAny(PrefixMarks) >= 0);

    /// <summary>
    /// The length of recent llama.cpp's "0.01.095.782 I " (minutes.seconds.ms.us, then a level letter), read by hand:
    /// it starts nearly every line of a server log, so it is the one prefix worth no expression. 0 when absent.
    /// </summary>
    internal static int CommonLogPrefixLength(ReadOnlySpan<char> text)
    {
        var i = LogText.SkipDigits(text, 0);

        // ".SS.mmm.uuu" after at least one digit of minutes, then " L " with a level letter.
        const string Shape = ".dd.ddd.ddd";
        if (i == 0 || i + Shape.Length + 3 > text.Length)
        {
            return 0;
        }

        for (var k = 0; k < Shape.Length; k++)
        {
            var c = text[i + k];
            if (Shape[k] == '.' ? c != '.' : !char.IsAsciiDigit(c))
            {
                return 0;
            }
        }

        i += Shape.Length;
        return text[i] == ' ' && text[i + 1] is 'I' or 'W' or 'E' or 'D' or 'T' && text[i + 2] == ' ' ? i + 3 : 0;
    }

    internal static readonly System.Buffers.SearchValues<char> ColourStarts = System.Buffers.SearchValues.Create("\u001B[^\\");
    private static readonly System.Buffers.SearchValues<char> PrefixMarks = System.Buffers.SearchValues.Create("|[");

    [GeneratedRegex(@"(?:\x1B|\^\[|\\033|\\x1[bB]|\\e|\\u001[bB])\[[0-9;?]*[A-Za-z]|\[[0-9]{1,3}(?:;[0-9]{1,3})*m")]
    private static partial Regex Ansi();

    // One outer prefix at a time: compose "svc  | " (or a bare "| " after a collector's timestamp), journald
    // "May 23 01:44:09 host unit[pid]: " (short, short-precise; with short-iso the ISO timestamp goes first, then
    // "host unit[pid]: "), ISO timestamp, bracketed "[2026-09-14 12:02:53]" and "[DEBUG]", router child "[pid] ",
    // common-log "0.01.095.782 I " (timestamp, level or both).
    [GeneratedRegex("""
        ^(?:
            [A-Za-z0-9][\w.-]*\s*\|(?:\s|$)
          | \|(?:\s|$)
          | [A-Z][a-z]{2}\s+\d{1,2}\s\d\d:\d\d:\d\d(?:\.\d+)?\s\S+\s[^\s:\[]+(?:\[\d+\])?:\s
          | [\w.-]+\s[\w.@-]+\[\d+\]:\s
          | \[\d{4}-\d\d-\d\d[T\s][\d:.,]+[^\]\s]*\]
          | \[(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR)\]
          | \d{4}-\d\d-\d\d[T\s]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s
          | \[\d+\](?:\s|$)
          | \d+\.\d\d\.\d{3}\.\d{3}(?:\s[IWEDT])?(?:\s|$)
          | [IWEDT]\s(?=\S)
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OuterPrefix();

}
