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
}
