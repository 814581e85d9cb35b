using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Results;

/// <summary>
/// A llama.cpp build as the server names it: the build number and the short git commit. Parses the
/// <c>/props</c> <c>build_info</c> and <c>system_fingerprint</c> shape (<c>b8005-914dde72b</c>) and the log's
/// build line (<c>build: 4192 (1cb7e1bf) with cc ...</c>, <c>build = 4192 (1cb7e1bf)</c>).
/// </summary>
public sealed partial record BuildVersion(int? Number, string Commit)
{
    public static BuildVersion? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DashForm().Match(text);
        if (!match.Success)
        {
            match = ParenthesisForm().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        int? number = int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new BuildVersion(number, match.Groups["commit"].Value.ToLowerInvariant());
    }

    // b8005-914dde72b; the number may be absent (b-914dde72b from builds without a count) or 'unknown'.
    [GeneratedRegex(@"(?<![\w])b(?<number>\d*)-(?<commit>[0-9a-fA-F]{7,40})\b")]
    private static partial Regex DashForm();

    // 4192 (1cb7e1bf)
    [GeneratedRegex(@"(?<![\w])(?<number>\d+)\s*\((?<commit>[0-9a-fA-F]{7,40})\)")]
    private static partial Regex ParenthesisForm();
}
