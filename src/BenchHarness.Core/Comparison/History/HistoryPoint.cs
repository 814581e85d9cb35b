namespace BenchHarness.Comparison.History;

/// <summary>One run's TG median for one case: a point of <c>bench history</c>.</summary>
public sealed record HistoryPoint(
    CaseKey Key,
    string RunId,
    DateTimeOffset StartedAt,
    string? Commit,
    string? BuildInfo,
    double TgMedian,
    int Samples);
