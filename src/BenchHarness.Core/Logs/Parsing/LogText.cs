namespace BenchHarness.Logs.Parsing;

/// <summary>Index-based steps over a log line's characters, for the hand-written readers of the commonest lines.</summary>
internal static class LogText
{
    /// <summary>The first index at or after <paramref name="from"/> that is not white space (the length when none is).</summary>
    public static int SkipWhiteSpace(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The first index at or after <paramref name="from"/> that is not an ASCII digit (the length when none is).</summary>
    public static int SkipDigits(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>White space from <paramref name="i"/>, then <paramref name="expected"/>: true and past it, or false and <paramref name="i"/> unchanged.</summary>
    public static bool SkipPast(ReadOnlySpan<char> text, ref int i, char expected)
    {
        var at = SkipWhiteSpace(text, i);
        if (at >= text.Length || text[at] != expected)
        {
            return false;
        }

        i = at + 1;
        return true;
    }
}
