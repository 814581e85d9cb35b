namespace BenchHarness.Logs.Parsing;

/// <summary>
/// The shape of most lines worth reading in a long server log: recent llama.cpp's common-log prefix (or none), a
/// slot prefix, then a timing line or nothing (the header of bare timing lines). Read straight from the line's
/// characters, so these lines never become strings. Any other line is left to <see cref="LogLineNormalizer"/>, which
/// reads this shape to the same result: the block-reading specs hold every captured log to that.
/// </summary>
internal static class SlotTimingLine
{
    /// <param name="timing">The timing line; null for a bare header.</param>
    public static bool TryRead(ReadOnlySpan<char> raw, out TimingLine? timing, out long? slot, out long? task)
    {
        (timing, slot, task) = (null, null, null);
        if (raw.IndexOfAny(LogLineNormalizer.ColourStarts) >= 0)
        {
            return false;
        }

        var text = raw.Trim();
        text = text[LogLineNormalizer.CommonLogPrefixLength(text)..].TrimStart();
        if (!text.StartsWith("slot ", StringComparison.Ordinal) || !SlotPrefix.TryRead(text, out var length, out slot, out task))
        {
            return false;
        }

        var message = text[length..].Trim();
        if (message.IsEmpty)
        {
            return true;
        }

        timing = TimingLineMatcher.Match(message);
        return timing is not null;
    }
}
