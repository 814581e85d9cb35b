using System.Globalization;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Recognises end-of-request timing lines by their key at the start of the bare message, after an optional
/// timing function: the 2023 server's <c>print_timings:</c>, <c>main</c> / llama-cli's <c>llama_print_timings:</c>
/// (2023-24) and <c>llama_perf_context_print:</c> (2025). Anchoring on the key keeps out progress lines that merely
/// end in "tokens per second", and the <c>sample time</c> / <c>sampling time</c> lines that also count runs.
/// </summary>
/// <remarks>
/// The shape, any case, any spacing: <c>KEY = MS ms [/ N tokens|runs] [( X ms per token, RATE tokens per second )]</c>.
/// Read by hand in one pass over the characters rather than by an expression: these are the lines a server log is
/// made of, and a parse must not be what a user waits for. A part that does not fit its shape is absent, as if the
/// line ended before it.
/// </remarks>
internal static class TimingLineMatcher
{
    private static readonly (string Key, TimingLineKind Kind)[] Keys =
    [
        ("prompt eval time", TimingLineKind.PromptEval),
        ("generation eval time", TimingLineKind.Eval),
        ("eval time", TimingLineKind.Eval),
        ("total time", TimingLineKind.Total),
    ];

    private static readonly (string Name, TimingFunction Function)[] Functions =
    [
        ("llama_print_timings", TimingFunction.LlamaPrintTimings),
        ("llama_perf_context_print", TimingFunction.LlamaPerfContextPrint),
        ("print_timings", TimingFunction.Server),
    ];

    public static TimingLine? Match(ReadOnlySpan<char> text)
    {
        var i = 0;
        var function = Function(text, ref i);
        if (Key(text, ref i) is not { } kind || !LogText.SkipPast(text, ref i, '=') || !Number(text, ref i, out var ms) || !Skip(text, ref i, "ms"))
        {
            return null;
        }

        // A request's prompt and eval lines always carry a count (2023 builds and some collectors drop the rate).
        var hasCount = Tokens(text, ref i, out var tokens);
        if (kind != TimingLineKind.Total && !hasCount)
        {
            return null;
        }

        var rate = hasCount ? Rate(text, i) : null;
        return new TimingLine(kind, LogNumbers.Double(text[ms]), hasCount ? LogNumbers.Long(text[tokens]) : null, rate, hasCount, function);
    }

    private static TimingFunction Function(ReadOnlySpan<char> text, ref int i)
    {
        if (text.IsEmpty || (text[0] != 'l' && text[0] != 'p'))
        {
            return TimingFunction.Server;
        }

        foreach (var (name, function) in Functions)
        {
            if (text.StartsWith(name, StringComparison.Ordinal) && text.Length > name.Length && text[name.Length] == ':')
            {
                i = name.Length + 1;
                return function;
            }
        }

        return TimingFunction.Server;
    }

    private static TimingLineKind? Key(ReadOnlySpan<char> text, ref int i)
    {
        var start = LogText.SkipWhiteSpace(text, i);
        if (start == text.Length)
        {
            return null;
        }

        // Only the key that starts with the line's first letter can match: one comparison instead of up to four.
        var first = char.ToLowerInvariant(text[start]);
        foreach (var (key, kind) in Keys)
        {
            if (key[0] == first && AsciiText.StartsWithAnyCase(text[start..], key))
            {
                i = start + key.Length;
                return kind;
            }
        }

        return null;
    }

    /// <summary>"/ N tokens" or "/ N runs"; false (and nothing consumed) when the line has no such part.</summary>
    private static bool Tokens(ReadOnlySpan<char> text, ref int i, out Range count)
    {
        count = default;
        var probe = i;
        if (!LogText.SkipPast(text, ref probe, '/'))
        {
            return false;
        }

        var start = LogText.SkipWhiteSpace(text, probe);
        var end = LogText.SkipDigits(text, start);
        var after = end;
        if (end == start || (!Skip(text, ref after, "tokens") && !Skip(text, ref after, "runs")))
        {
            return false;
        }

        count = start..end;
        i = after;
        return true;
    }

    /// <summary>"( X ms per token, RATE tokens per second )"; null when the line has no such part.</summary>
    private static double? Rate(ReadOnlySpan<char> text, int i)
    {
        if (!LogText.SkipPast(text, ref i, '(') || !Number(text, ref i, out _, allowBareDot: true) || !Skip(text, ref i, "ms per token,"))
        {
            return null;
        }

        var start = LogText.SkipWhiteSpace(text, i);
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '+' or '-'))
        {
            end++;
        }

        i = end;
        if (!Skip(text, ref i, "tokens per second") || !LogText.SkipPast(text, ref i, ')'))
        {
            return null;
        }

        var value = text[start..end];
        if (LogNumbers.TryPlainDecimal(value, out var plain))
        {
            return plain;
        }

        // A zero-time phase prints inf or nan: such a rate says nothing, so it reads as 0.
        if (value.Equals("inf", StringComparison.OrdinalIgnoreCase) || value.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || value.Equals("+inf", StringComparison.OrdinalIgnoreCase) || value.Equals("-inf", StringComparison.OrdinalIgnoreCase)
            || value.Equals("-nan", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) ? LogNumbers.Finite(rate) : null;
    }

    /// <summary>Skips white space, then <paramref name="word"/> (written in lower case) in any case.</summary>
    private static bool Skip(ReadOnlySpan<char> text, ref int i, string word)
    {
        var start = LogText.SkipWhiteSpace(text, i);
        if (!AsciiText.StartsWithAnyCase(text[start..], word))
        {
            return false;
        }

        i = start + word.Length;
        return true;
    }

    /// <summary>"12.34" or "12"; a dot needs digits after it unless <paramref name="allowBareDot"/> (the per-token figure is read loosely).</summary>
    private static bool Number(ReadOnlySpan<char> text, ref int i, out Range number, bool allowBareDot = false)
    {
        var start = LogText.SkipWhiteSpace(text, i);
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (allowBareDot && text[end] == '.')))
        {
            end++;
        }

        if (!allowBareDot && end > start && end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end = LogText.SkipDigits(text, end + 1);
        }

        number = start..end;
        i = end;
        return end > start;
    }
}
