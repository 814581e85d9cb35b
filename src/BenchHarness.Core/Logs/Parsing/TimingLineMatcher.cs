using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Recognises the server's end-of-request timing lines by their key at the start of the bare message.
/// Anchoring on the key keeps out progress lines that merely end in "tokens per second", and llama-cli /
/// llama-bench lines (<c>llama_perf_context_print:</c>, <c>llama_print_timings:</c>) whose function prefix
/// stays in front of the key.
/// </summary>
internal static partial class TimingLineMatcher
{
    public static TimingLine? Match(string text)
    {
        var match = Timing().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["key"].Value switch
        {
            "prompt eval time" => TimingLineKind.PromptEval,
            "total time" => TimingLineKind.Total,
            _ => TimingLineKind.Eval,
        };
        var tokens = match.Groups["tokens"].Success ? LogNumbers.Int(match.Groups["tokens"].Value) : (int?)null;
        var rate = match.Groups["rate"].Success ? ParseRate(match.Groups["rate"].Value) : (double?)null;

        // A request's prompt and eval lines always carry a count and a rate; without them it is not one.
        if (kind != TimingLineKind.Total && (tokens is null || rate is null))
        {
            return null;
        }

        return new TimingLine(kind, LogNumbers.Double(match.Groups["ms"].Value), tokens, rate);
    }

    /// <summary>A zero-time phase prints <c>inf</c> or <c>nan</c>; such a rate says nothing, so it reads as 0.</summary>
    private static double ParseRate(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : 0;

    [GeneratedRegex("""
        ^(?<key>prompt\ eval\ time|generation\ eval\ time|eval\ time|total\ time)
        \s*=\s*(?<ms>\d+(?:\.\d+)?)\s*ms
        (?:\s*/\s*(?<tokens>\d+)\s*(?:tokens|runs))?
        (?:\s*\(\s*[\d.]+\s*ms\ per\ token,\s*(?<rate>[-+]?(?:\d+(?:\.\d+)?|inf|nan))\s*tokens\ per\ second\s*\))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Timing();
}
