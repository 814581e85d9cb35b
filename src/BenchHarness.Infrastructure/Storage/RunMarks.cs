namespace BenchHarness.Storage;

/// <summary>What users marked on a stored run (<c>bench runs --accept/--exclude</c>); kept when the run's content is replaced.</summary>
internal sealed record RunMarks(bool Excluded, string? ExcludedReason, bool Accepted, string? AcceptedReason, DateTime? MarkedAt)
{
    public static RunMarks None { get; } = new(false, null, false, null, null);
}
