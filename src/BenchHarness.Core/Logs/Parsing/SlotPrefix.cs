namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Recent llama.cpp's and ik_llama.cpp's slot prefix, <c>slot print_timing: id  3 | task 7 | </c> (any function name,
/// any spacing, a task of -1 before one is assigned), read by hand: nearly every request line of a server log has it.
/// </summary>
internal static class SlotPrefix
{
    /// <param name="length">Characters of the prefix, its trailing space included.</param>
    public static bool TryRead(ReadOnlySpan<char> text, out int length, out long? slot, out long? task)
    {
        (length, slot, task) = (0, null, null);
        var rest = text;
        if (!rest.StartsWith("slot") || rest.Length < 5 || !char.IsWhiteSpace(rest[4]))
        {
            return false;
        }

        rest = rest[4..].TrimStart();
        var function = 0;
        while (function < rest.Length && (char.IsAsciiLetterOrDigit(rest[function]) || rest[function] == '_'))
        {
            function++;
        }

        if (function == 0 || function >= rest.Length || rest[function] != ':' || !Word(ref rest, function + 1, "id")
            || !Count(ref rest, out slot) || !Word(ref rest, 0, "|") || !Word(ref rest, 0, "task") || !Count(ref rest, out task)
            || !Word(ref rest, 0, "|"))
        {
            return false;
        }

        if (!rest.IsEmpty && rest[0] == ' ')
        {
            rest = rest[1..];
        }

        length = text.Length - rest.Length;
        return true;
    }

    /// <summary>Skips <paramref name="skip"/> characters and white space, then expects <paramref name="word"/> (and, after "id" and "task", white space).</summary>
    private static bool Word(ref ReadOnlySpan<char> rest, int skip, string word)
    {
        var after = rest[skip..].TrimStart();
        if (!after.StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        after = after[word.Length..];
        if (word != "|" && (after.IsEmpty || !char.IsWhiteSpace(after[0])))
        {
            return false;
        }

        rest = after;
        return true;
    }

    private static bool Count(ref ReadOnlySpan<char> rest, out long? value)
    {
        rest = rest.TrimStart();
        var end = !rest.IsEmpty && rest[0] == '-' ? 1 : 0;
        var digitsStart = end;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]))
        {
            end++;
        }

        value = LogNumbers.Long(rest[..end]);
        var read = end > digitsStart;
        rest = rest[end..];
        return read;
    }
}
