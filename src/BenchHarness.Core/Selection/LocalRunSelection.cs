using BenchHarness.Results;

namespace BenchHarness.Selection;

/// <summary>
/// A <see cref="RunSelector"/> applied to run.json files instead of the store, with the store's rules: a run id wins
/// over a label; <c>commit:</c> matches when either commit is a prefix of the other; <c>latest</c> is the newest
/// completed run. Acceptance marks live only in the database, so <c>accepted</c> cannot be answered here.
/// </summary>
public static class LocalRunSelection
{
    public static IReadOnlyList<RunResult> Select(IReadOnlyList<RunResult> runs, RunSelector selector, string? scenario = null)
    {
        var scoped = runs.Where(r => scenario is null || r.Scenario == scenario).ToList();
        var selected = selector.Kind switch
        {
            RunSelectorKind.RunIdOrLabel => scoped.Where(r => r.RunId == selector.Value).ToList() is { Count: > 0 } byId
                ? byId
                : scoped.Where(r => r.Label == selector.Value && r.Status != RunStatus.Running),
            RunSelectorKind.Commit => scoped.Where(r => Commits(r).Any(c => c.StartsWith(selector.Value, StringComparison.Ordinal) || selector.Value.StartsWith(c, StringComparison.Ordinal))),
            RunSelectorKind.Latest => scoped.Where(r => r.Status == RunStatus.Completed).OrderByDescending(r => r.StartedAt).Take(1),
            _ => throw new InputException(selector.ToString(), "accepted runs are marked in the database (bench runs --accept); without it, select a run id, a label, commit:SHA or latest"),
        };
        return selected.OrderBy(r => r.StartedAt).ToList();
    }

    private static IEnumerable<string> Commits(RunResult run) =>
        run.Variants
            .Select(v => ServerBuildSources.Complete(v.Build, v.Startup, v.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null))?.Commit)
            .OfType<string>()
            .Where(c => c.Length >= 4)
            .Select(c => c.ToLowerInvariant());
}
