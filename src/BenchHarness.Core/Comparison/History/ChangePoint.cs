using BenchHarness.Statistics;

namespace BenchHarness.Comparison.History;

/// <summary>The first point of a new, persisting level; <see cref="Step"/> is the ratio of the level after to the one before.</summary>
public sealed record ChangePoint(int Index, SeriesPoint Point, RatioEstimate Step)
{
    public bool IsSlowdown => Step.Ratio < 1;
}
