using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>One case and metric compared: medians, counts, the Hodges-Lehmann ratio with its bounds, and the verdict.</summary>
public sealed record CaseComparison
{
    public required CaseKey Case { get; init; }
    public required Metric Metric { get; init; }

    /// <summary>Null when the side has no measured sample.</summary>
    public double? BaselineMedian { get; init; }
    public double? CandidateMedian { get; init; }

    /// <summary>Candidate/baseline; null when a side has no measured sample.</summary>
    public RatioEstimate? Estimate { get; init; }

    public int BaselineCount { get; init; }
    public int CandidateCount { get; init; }

    /// <summary>Server starts with measured samples on each side.</summary>
    public int BaselineStarts { get; init; } = 1;
    public int CandidateStarts { get; init; } = 1;

    /// <summary>The test that gave the verdict.</summary>
    public ComparisonRule Rule { get; init; } = ComparisonRule.PerSample;

    /// <summary>
    /// The smallest slowdown (0.1 = 10 %) these data would call <c>slower</c> with 80 % power
    /// (<see cref="DetectableChange"/>); null when the ratio has no bounds.
    /// </summary>
    public double? SmallestDetectableChange { get; init; }
    public double? BaselineCoefficientOfVariation { get; init; }
    public double? CandidateCoefficientOfVariation { get; init; }
    public required double Threshold { get; init; }
    public required Verdict Verdict { get; init; }
    public bool Noisy { get; init; }
}
