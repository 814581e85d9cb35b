using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// The server's build: <c>build: 4192 (1cb7e1bf) with cc ...</c> (2024), <c>common_params_print_info: build 1 (de3ff81) ...</c>,
/// <c>version: ... (build 8005, commit 914dde72b)</c> and <c>build_info: b8005-914dde72b</c>. The build is kept in the
/// <c>b&lt;number&gt;-&lt;commit&gt;</c> form that <c>/props</c> and <c>system_fingerprint</c> report, so they compare equal.
/// </summary>
internal static partial class BuildLineMatcher
{
    public static StartupFacts? Apply(StartupFacts facts, string text)
    {
        if (!text.Contains("build", StringComparison.Ordinal))
        {
            return null;
        }

        var match = BuildAndCommit().Match(text);
        if (!match.Success)
        {
            match = Version().Match(text);
        }

        if (!match.Success)
        {
            match = BuildInfo().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var commit = match.Groups["commit"].Value;
        return facts with { Build = $"b{match.Groups["number"].Value}-{commit}", Commit = commit };
    }

    [GeneratedRegex(@"(?:^|:\s+)build:?\s+(?<number>\d+)\s+\((?<commit>[0-9a-f]{6,40})\)")]
    private static partial Regex BuildAndCommit();

    [GeneratedRegex(@"^version:\s.*\(build (?<number>\d+), commit (?<commit>[0-9a-f]{6,40})\)")]
    private static partial Regex Version();

    [GeneratedRegex(@"^(?:\w+:\s+)?build_info:\s*b(?<number>\d+)-(?<commit>[0-9a-f]{6,40})")]
    private static partial Regex BuildInfo();
}
