namespace BenchHarness.Comparison.History;

/// <summary>One point of a metric's history: typically a run's median TG for one case, labelled by server commit.</summary>
public sealed record SeriesPoint(string Label, DateTimeOffset At, double Value);
