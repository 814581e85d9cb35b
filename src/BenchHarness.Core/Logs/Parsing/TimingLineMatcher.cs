using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Recognises end-of-request timing lines by their key at the start of the bare message, after an optional
/// timing function: the 2023 server's <c>print_timings:</c>, <c>main</c> / llama-cli's <c>llama_print_timings:</c>
/// (2023-24) and <c>llama_perf_context_print:</c> (2025). Anchoring on the key keeps out progress lines that merely
/// end in "tokens per second", and the <c>sample time</c> / <c>sampling time</c> lines that also count runs.
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
        var hasCount = match.Groups["tokens"].Success;

        // A request's prompt and eval lines always carry a count (2023 builds and some collectors drop the rate).
        if (kind != TimingLineKind.Total && !hasCount)
        {
            return null;
        }

        var tokens = match.Groups["tokens"].Success ? LogNumbers.Long(match.Groups["tokens"].Value) : null;
        var rate = match.Groups["rate"].Success ? ParseRate(match.Groups["rate"].Value) : null;
        var function = match.Groups["function"].Value is "llama_print_timings" or "llama_perf_context_print" ? match.Groups["function"].Value : null;
        return new TimingLine(kind, LogNumbers.Double(match.Groups["ms"].Value), tokens, rate, hasCount, function);
    }

    /// <summary>
    /// A zero-time phase prints <c>inf</c> or <c>nan</c>; such a rate says nothing, so it reads as 0. A finite rate
    /// printed with more digits than a double holds is absent.
    /// </summary>
    private static double? ParseRate(string text) =>
        text.Contains("inf", StringComparison.OrdinalIgnoreCase) || text.Contains("nan", StringComparison.OrdinalIgnoreCase) ? 0 : LogNumbers.Double(text);

    [GeneratedRegex("""
        ^(?:(?<function>llama_print_timings|llama_perf_context_print|print_timings):\s*)?
        (?<key>prompt\ eval\ time|generation\ eval\ time|eval\ time|total\ time)
        \s*=\s*(?<ms>\d+(?:\.\d+)?)\s*ms
        (?:\s*/\s*(?<tokens>\d+)\s*(?:tokens|runs))?
        (?:\s*\(\s*[\d.]+\s*ms\ per\ token,\s*(?<rate>[-+]?(?:\d+(?:\.\d+)?|inf|nan))\s*tokens\ per\ second\s*\))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Timing();
}
