namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Recent llama.cpp's and ik_llama.cpp's slot prefix, <c>slot print_timing: id  3 | task 7 | </c> (any function name,
/// any spacing, a task of -1 before one is assigned), read by hand in one pass: nearly every request line of a server
/// log has it.
/// </summary>
internal static class SlotPrefix
{
    /// <param name="length">Characters of the prefix, its trailing space included.</param>
    public static bool TryRead(ReadOnlySpan<char> text, out int length, out long? slot, out long? task)
    {
        (length, slot, task) = (0, null, null);
        if (!text.StartsWith("slot") || text.Length < 5 || !char.IsWhiteSpace(text[4]))
        {
            return false;
        }

        var i = LogText.SkipWhiteSpace(text, 5);
        var function = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i == function || i >= text.Length || text[i++] != ':'
            || !Word(text, ref i, "id") || !Count(text, ref i, out slot) || !LogText.SkipPast(text, ref i, '|')
            || !Word(text, ref i, "task") || !Count(text, ref i, out task) || !LogText.SkipPast(text, ref i, '|'))
        {
            return false;
        }

        length = i < text.Length && text[i] == ' ' ? i + 1 : i;
        return true;
    }

    /// <summary>White space, then <paramref name="word"/> and white space after it.</summary>
    private static bool Word(ReadOnlySpan<char> text, ref int i, string word)
    {
        var start = LogText.SkipWhiteSpace(text, i);
        var end = start + word.Length;
        if (!text[start..].StartsWith(word, StringComparison.Ordinal) || end >= text.Length || !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        i = end;
        return true;
    }

    /// <summary>White space, then an id with an optional minus; an id too large for 64 bits reads as absent.</summary>
    private static bool Count(ReadOnlySpan<char> text, ref int i, out long? value)
    {
        var start = LogText.SkipWhiteSpace(text, i);
        var digits = start < text.Length && text[start] == '-' ? start + 1 : start;
        var end = LogText.SkipDigits(text, digits);
        value = LogNumbers.Long(text[start..end]);
        i = end;
        return end > digits;
    }
}
