using BenchHarness.Statistics;

namespace BenchHarness.Comparison.History;

/// <summary>One case's TG medians over runs, in time order, with the persisting steps found in them.</summary>
public sealed record CaseHistory(CaseKey Key, IReadOnlyList<HistoryPoint> Points, IReadOnlyList<HistoryStep> Steps)
{
    public static IReadOnlyList<CaseHistory> From(IEnumerable<HistoryPoint> points, ChangePointOptions? options = null) =>
        points
            .GroupBy(p => p.Key)
            .Select(group =>
            {
                var series = group.OrderBy(p => p.StartedAt).ToList();
                var steps = ChangePointDetector
                    .Detect(series.Select(p => new SeriesPoint(p.Commit ?? p.RunId, p.StartedAt, p.TgMedian)).ToList(), options)
                    .Select(change => new HistoryStep(series[change.Index].RunId, change.Step))
                    .ToList();
                return new CaseHistory(group.Key, series, steps);
            })
            .ToList();

    public HistoryStep? StepAt(string runId) => Steps.FirstOrDefault(s => s.RunId == runId);
}

/// <summary>A change point: the first run of a new level; <see cref="Step"/> is the level after over the level before.</summary>
public sealed record HistoryStep(string RunId, RatioEstimate Step);
