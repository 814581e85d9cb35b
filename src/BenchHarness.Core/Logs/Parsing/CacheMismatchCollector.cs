using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Prefix-cache misses: <c>Common part does not match fully</c>, followed (ik_llama.cpp) by the <c>cache :</c>
/// and <c>prompt:</c> lines showing where the cached and new prompts diverge; those are kept in the message.
/// </summary>
internal sealed partial class CacheMismatchCollector
{
    private const int FollowingLines = 3;

    private readonly List<PromptCacheMismatch> _mismatches = [];

    public IReadOnlyList<PromptCacheMismatch> Mismatches => _mismatches;

    public void Add(int lineNumber, string text)
    {
        if (text.Contains("Common part does not match fully", StringComparison.Ordinal))
        {
            _mismatches.Add(new PromptCacheMismatch(lineNumber, text));
            return;
        }

        if (_mismatches.Count > 0 && lineNumber - _mismatches[^1].Line <= FollowingLines && Divergence().IsMatch(text))
        {
            _mismatches[^1] = _mismatches[^1] with { Message = _mismatches[^1].Message + "\n" + text };
        }
    }

    [GeneratedRegex(@"^(?:cache|prompt)\s*:")]
    private static partial Regex Divergence();
}
