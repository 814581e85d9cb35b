namespace BenchHarness.Selection;

/// <summary>
/// Which stored runs a comparison side means, as written on the command line: a run id or a label
/// (a run id wins when both match), <c>commit:SHA</c> (server build commit, prefix match) or <c>latest</c>
/// (the most recent completed run, of the filtered scenario when one is given).
/// </summary>
public sealed record RunSelector(RunSelectorKind Kind, string Value)
{
    public const string CommitPrefix = "commit:";
    public const string Latest = "latest";

    public static RunSelector Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("a run selector must not be empty", nameof(text));
        }

        if (string.Equals(trimmed, Latest, StringComparison.OrdinalIgnoreCase))
        {
            return new RunSelector(RunSelectorKind.Latest, Latest);
        }

        if (trimmed.StartsWith(CommitPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var sha = trimmed[CommitPrefix.Length..].Trim().ToLowerInvariant();
            if (sha.Length < 4 || !sha.All(Uri.IsHexDigit))
            {
                throw new ArgumentException($"'{text}': commit: needs at least 4 hex digits", nameof(text));
            }

            return new RunSelector(RunSelectorKind.Commit, sha);
        }

        return new RunSelector(RunSelectorKind.RunIdOrLabel, trimmed);
    }

    public override string ToString() => Kind switch
    {
        RunSelectorKind.Commit => CommitPrefix + Value,
        _ => Value,
    };
}

public enum RunSelectorKind
{
    RunIdOrLabel,
    Commit,
    Latest,
}
