namespace BenchHarness.Storage.Queries;

/// <summary>One stored run, as <c>bench runs</c> lists it.</summary>
/// <param name="Commits">The server commits (or build infos) of its variants, comma-separated; null when none was known.</param>
/// <param name="Samples">All stored samples, warm-ups and failures included.</param>
/// <param name="MarkReason">Why the run was accepted or excluded, as given to <c>bench runs</c>.</param>
public sealed record RunSummary(
    string RunId,
    string? Label,
    string Reason,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Scenario,
    string Machine,
    string? Commits,
    long Samples,
    bool Excluded,
    bool Accepted = false,
    string? MarkReason = null);
