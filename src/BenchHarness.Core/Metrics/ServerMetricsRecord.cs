namespace BenchHarness.Metrics;

/// <summary>
/// A variant's <c>server_metrics</c>, kept when its server runs with <c>--metrics</c>: every snapshot taken between
/// timed requests, and the cross-check of the counters against the log (null until two snapshots answered).
/// </summary>
public sealed record ServerMetricsRecord
{
    public IReadOnlyList<MetricsSnapshot> Snapshots { get; init; } = [];
    public MetricsCheckResult? Check { get; init; }
}
