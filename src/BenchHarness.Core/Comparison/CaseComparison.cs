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
    public double? BaselineCoefficientOfVariation { get; init; }
    public double? CandidateCoefficientOfVariation { get; init; }
    public required double Threshold { get; init; }
    public required Verdict Verdict { get; init; }
    public bool Noisy { get; init; }
}
