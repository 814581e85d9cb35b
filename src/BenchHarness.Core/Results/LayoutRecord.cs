namespace BenchHarness.Results;

/// <summary>
/// Where a variant's measurement stood in a co-resident layout: which server was measured, whether the others
/// served their load meanwhile, and how many load requests they completed while it was measured (the proof they did).
/// </summary>
public sealed record LayoutRecord(string Layout, string Role, bool UnderLoad, IReadOnlyList<string> Servers)
{
    /// <summary>When every other server was generating its load, before this variant's first case.</summary>
    public DateTimeOffset? LoadStartedAt { get; init; }

    /// <summary>When the load was stopped, after this variant's last case.</summary>
    public DateTimeOffset? LoadStoppedAt { get; init; }

    public int LoadRequestsCompleted { get; init; }
    public int LoadRequestsFailed { get; init; }
}
