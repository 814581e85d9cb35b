namespace BenchHarness.Logs.Parsing;

/// <summary>Case-insensitive checks for the English words of log lines, without the general comparer's set-up.</summary>
internal static class AsciiText
{
    /// <summary>
    /// Whether <paramref name="text"/> starts with <paramref name="word"/> in any case of its ASCII letters;
    /// <paramref name="word"/> is written in lower case.
    /// </summary>
    public static bool StartsWithAnyCase(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        // Logs print these words in lower case: one vectorised comparison settles nearly every call.
        if (text.StartsWith(word, StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expected = word[i];
            var actual = text[i];
            if (actual != expected && !(char.IsAsciiLetterLower(expected) && (actual | 0x20) == expected))
            {
                return false;
            }
        }

        return true;
    }
}
