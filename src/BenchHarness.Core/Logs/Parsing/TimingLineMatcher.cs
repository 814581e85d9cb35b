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
/// Read by hand rather than by an expression: these are the lines a server log is made of, and a parse must not be
/// what a user waits for. A part that does not fit its shape is absent, as if the line ended before it.
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
        var rest = text;
        var function = Function(ref rest);
        if (Key(ref rest) is not { } kind || !Skip(ref rest, "=") || !Number(ref rest, out var ms) || !Skip(ref rest, "ms"))
        {
            return null;
        }

        // A request's prompt and eval lines always carry a count (2023 builds and some collectors drop the rate).
        var hasCount = Tokens(ref rest, out var tokens);
        if (kind != TimingLineKind.Total && !hasCount)
        {
            return null;
        }

        var rate = hasCount ? Rate(rest) : null;
        return new TimingLine(kind, LogNumbers.Double(ms), hasCount ? LogNumbers.Long(tokens) : null, rate, hasCount, function);
    }

    private static TimingFunction Function(ref ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || (rest[0] != 'l' && rest[0] != 'p'))
        {
            return TimingFunction.Server;
        }

        foreach (var (name, function) in Functions)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal) && rest.Length > name.Length && rest[name.Length] == ':')
            {
                rest = rest[(name.Length + 1)..];
                return function;
            }
        }

        return TimingFunction.Server;
    }

    private static TimingLineKind? Key(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty)
        {
            return null;
        }

        // Only the key that starts with the line's first letter can match: one comparison instead of up to four.
        var first = char.ToLowerInvariant(rest[0]);
        foreach (var (key, kind) in Keys)
        {
            if (key[0] == first && AsciiText.StartsWithAnyCase(rest, key))
            {
                rest = rest[key.Length..];
                return kind;
            }
        }

        return null;
    }

    /// <summary>"/ N tokens" or "/ N runs"; false (and nothing consumed) when the line has no such part.</summary>
    private static bool Tokens(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> count)
    {
        count = default;
        var probe = rest;
        if (!Skip(ref probe, "/"))
        {
            return false;
        }

        probe = probe.TrimStart();
        var digits = 0;
        while (digits < probe.Length && char.IsAsciiDigit(probe[digits]))
        {
            digits++;
        }

        var after = probe[digits..];
        if (digits == 0 || (!Skip(ref after, "tokens") && !Skip(ref after, "runs")))
        {
            return false;
        }

        count = probe[..digits];
        rest = after;
        return true;
    }

    /// <summary>"( X ms per token, RATE tokens per second )"; null when the line has no such part.</summary>
    private static double? Rate(ReadOnlySpan<char> rest)
    {
        if (!Skip(ref rest, "(") || !Number(ref rest, out _, allowBareDot: true) || !Skip(ref rest, "ms per token,"))
        {
            return null;
        }

        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is '.' or '+' or '-'))
        {
            end++;
        }

        var value = rest[..end];
        rest = rest[end..];
        if (!Skip(ref rest, "tokens per second") || !Skip(ref rest, ")"))
        {
            return null;
        }

        // A zero-time phase prints inf or nan: such a rate says nothing, so it reads as 0.
        if (value.Equals("inf", StringComparison.OrdinalIgnoreCase) || value.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || value.Equals("+inf", StringComparison.OrdinalIgnoreCase) || value.Equals("-inf", StringComparison.OrdinalIgnoreCase)
            || value.Equals("-nan", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return LogNumbers.TryPlainDecimal(value, out var plain) ? plain
            : double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) ? LogNumbers.Finite(rate)
            : null;
    }

    /// <summary>Skips white space, then <paramref name="word"/> (written in lower case) in any case.</summary>
    private static bool Skip(ref ReadOnlySpan<char> rest, string word)
    {
        var trimmed = rest.TrimStart();
        var found = word.Length == 1
            ? !trimmed.IsEmpty && trimmed[0] == word[0]
            : AsciiText.StartsWithAnyCase(trimmed, word);
        if (!found)
        {
            return false;
        }

        rest = trimmed[word.Length..];
        return true;
    }

    /// <summary>"12.34" or "12"; a dot needs digits after it unless <paramref name="allowBareDot"/> (the per-token figure is read loosely).</summary>
    private static bool Number(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> number, bool allowBareDot = false)
    {
        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && (char.IsAsciiDigit(rest[end]) || (allowBareDot && rest[end] == '.')))
        {
            end++;
        }

        if (!allowBareDot && end > 0 && end + 1 < rest.Length && rest[end] == '.' && char.IsAsciiDigit(rest[end + 1]))
        {
            end++;
            while (end < rest.Length && char.IsAsciiDigit(rest[end]))
            {
                end++;
            }
        }

        number = rest[..end];
        rest = rest[end..];
        return end > 0;
    }
}
