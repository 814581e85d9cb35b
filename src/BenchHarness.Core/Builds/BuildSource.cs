using System.Text.RegularExpressions;

namespace BenchHarness.Builds;

/// <summary>
/// Where a llama-server build comes from: <c>git:PATH@COMMIT</c> (a local clone of llama.cpp or ik_llama.cpp) or
/// <c>npm:node-llama-cpp@VERSION</c> (the npm package ships llama.cpp's source as a git bundle).
/// </summary>
public sealed partial record BuildSource(BuildSourceKind Kind, string Location, string Revision)
{
    public const string NpmPackage = "node-llama-cpp";

    public static BuildSource Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("npm:", StringComparison.Ordinal))
        {
            var match = NpmPattern().Match(trimmed);
            return match.Success
                ? new BuildSource(BuildSourceKind.Npm, NpmPackage, match.Groups["version"].Value)
                : throw new ArgumentException($"'{text}': expected npm:{NpmPackage}@VERSION (e.g. npm:{NpmPackage}@3.22.1)");
        }

        if (trimmed.StartsWith("git:", StringComparison.Ordinal))
        {
            var at = trimmed.LastIndexOf('@');
            var path = at > 4 ? trimmed[4..at] : "";
            var revision = at > 4 ? trimmed[(at + 1)..] : "";
            return path.Length > 0 && RevisionPattern().IsMatch(revision)
                ? new BuildSource(BuildSourceKind.Git, path, revision)
                : throw new ArgumentException($"'{text}': expected git:PATH@COMMIT (a local clone and a commit, tag or branch)");
        }

        throw new ArgumentException($"'{text}': a build source is git:PATH@COMMIT or npm:{NpmPackage}@VERSION");
    }

    public override string ToString() => Kind == BuildSourceKind.Npm ? $"npm:{Location}@{Revision}" : $"git:{Location}@{Revision}";

    [GeneratedRegex(@"^npm:node-llama-cpp@(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)$")]
    private static partial Regex NpmPattern();

    // Commits, tags and branch names; nothing a command line could read as an option.
    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z._/-]*$")]
    private static partial Regex RevisionPattern();
}

public enum BuildSourceKind
{
    Git,
    Npm,
}
