using BenchHarness.Statistics;

namespace BenchHarness.Comparison;

/// <summary>The knobs of a comparison; the defaults are the documented rule.</summary>
public sealed record ComparisonOptions
{
    public static ComparisonOptions Default { get; } = new();

    /// <summary>θ: ratios within 1±θ count as the same speed.</summary>
    public double Threshold { get; init; } = 0.03;

    public IReadOnlyList<ThresholdRule> ThresholdRules { get; init; } = [];

    /// <summary>Two-sided error rate of the ratio's bounds.</summary>
    public double Alpha { get; init; } = HodgesLehmann.DefaultAlpha;

    /// <summary>Two-sided error rate of the paired rule's bounds (several starts per side).</summary>
    public double PairedAlpha { get; init; } = PairedRatio.DefaultAlpha;

    /// <summary>
    /// Server starts needed on each side for the paired rule; fewer use the per-sample rule. Six pairs are the
    /// fewest whose signed-rank bounds exist at the default error rate; with fewer the rule could never decide.
    /// </summary>
    public int MinimumStarts { get; init; } = PairedRatio.MinimumPairs;

    /// <summary>Measured samples needed on each side before any verdict but <c>insufficient-data</c>.</summary>
    public int MinimumSamples { get; init; } = 7;

    /// <summary>A side whose coefficient of variation exceeds this flags the case as noisy.</summary>
    public double NoisyCoefficientOfVariation { get; init; } = 0.05;

    public IReadOnlyList<Metric> Metrics { get; init; } = [Metric.Tg, Metric.Pp];

    public double ThresholdFor(CaseKey key, Metric metric) =>
        ThresholdRules.LastOrDefault(rule => rule.Matches(key, metric))?.Threshold ?? Threshold;
}
