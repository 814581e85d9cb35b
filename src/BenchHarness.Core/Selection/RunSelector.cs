namespace BenchHarness.Selection;

/// <summary>
/// Which stored runs a comparison side means, as written on the command line: a run id or a label
/// (a run id wins when both match), <c>commit:SHA</c> (server build commit, prefix match) or <c>latest</c>
/// (the most recent completed run, of the filtered scenario when one is given), or <c>accepted</c> /
/// <c>accepted:SCENARIO</c> (the most recent run marked accepted with <c>bench runs --accept</c>).
/// </summary>
public sealed record RunSelector(RunSelectorKind Kind, string Value)
{
    public const string CommitPrefix = "commit:";
    public const string Latest = "latest";
    public const string Accepted = "accepted";

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

        if (string.Equals(trimmed, Accepted, StringComparison.OrdinalIgnoreCase))
        {
            return new RunSelector(RunSelectorKind.Accepted, "");
        }

        if (trimmed.StartsWith(Accepted + ":", StringComparison.OrdinalIgnoreCase))
        {
            var scenario = trimmed[(Accepted.Length + 1)..].Trim();
            return scenario.Length == 0
                ? throw new ArgumentException($"'{text}': accepted: needs a scenario name (or use plain 'accepted')", nameof(text))
                : new RunSelector(RunSelectorKind.Accepted, scenario);
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
        RunSelectorKind.Accepted => Value.Length == 0 ? Accepted : $"{Accepted}:{Value}",
        _ => Value,
    };
}

public enum RunSelectorKind
{
    RunIdOrLabel,
    Commit,
    Latest,

    /// <summary>The newest accepted run; <see cref="RunSelector.Value"/> is its scenario, or empty for any.</summary>
    Accepted,
}
