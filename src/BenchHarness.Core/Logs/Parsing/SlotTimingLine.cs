namespace BenchHarness.Logs.Parsing;

/// <summary>
/// The shape of most lines worth a look in a long server log: recent llama.cpp's common-log prefix (or none), a slot
/// prefix, then a timing line, nothing (the header of bare timing lines), or a message none of the line families
/// holds (<c>graphs reused = 39</c>, a word of the filter having been in the prefix). Read straight from the line's
/// characters, so these lines never become strings. Any other line is left to <see cref="LogLineNormalizer"/>, which
/// reads this shape to the same result: a spec holds every line of the captured logs to that.
/// </summary>
internal static class SlotTimingLine
{
    /// <summary>What a slot line held: <paramref name="Timing"/> for a timing line, <paramref name="IsHeader"/> for a bare header, neither for a message no matcher reads.</summary>
    public readonly record struct Read(TimingLine? Timing, long? Slot, long? Task, bool IsHeader);

    public static bool TryRead(ReadOnlySpan<char> raw, out Read read)
    {
        read = default;
        if (raw.IndexOfAny(LogLineNormalizer.ColourStarts) >= 0)
        {
            return false;
        }

        var text = raw.Trim();
        text = text[LogLineNormalizer.CommonLogPrefixLength(text)..].TrimStart();
        if (!SlotPrefix.TryRead(text, out var length, out var slot, out var task))
        {
            return false;
        }

        var message = text[length..].Trim();
        if (message.IsEmpty)
        {
            read = new Read(null, slot, task, IsHeader: true);
            return true;
        }

        if (TimingLineMatcher.Match(message) is { } timing)
        {
            read = new Read(timing, slot, task, IsHeader: false);
            return true;
        }

        // Every family a matcher reads holds a word of the filter in its message; this one's words were all in the prefix.
        read = new Read(null, slot, task, IsHeader: false);
        return !RelevantLineFilter.MayMatter(message);
    }
}
