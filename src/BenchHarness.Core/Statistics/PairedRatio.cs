namespace BenchHarness.Statistics;

/// <summary>
/// The ratio candidate/baseline from paired summaries (one pair per pair of server starts close in time):
/// the geometric mean of the pair ratios, with a Student t interval on their logarithms at a two-sided error
/// rate alpha. Starts, not requests, are the units that vary; pairing cancels slow drift of the machine.
/// </summary>
public static class PairedRatio
{
    public const double DefaultAlpha = 0.05;

    /// <param name="pairs">Positive, finite baseline and candidate summaries; at least two pairs.</param>
    public static PairedRatioEstimate Estimate(IReadOnlyList<(double Baseline, double Candidate)> pairs, double alpha = DefaultAlpha)
    {
        if (pairs.Count < 2 || pairs.Any(p => !(p.Baseline > 0 && p.Candidate > 0) || !double.IsFinite(p.Baseline) || !double.IsFinite(p.Candidate)))
        {
            throw new ArgumentException("A paired ratio needs at least two pairs of positive, finite values.", nameof(pairs));
        }

        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The error rate must lie strictly between 0 and 1.");
        }

        var logs = pairs.Select(p => Math.Log(p.Candidate / p.Baseline)).ToArray();
        var mean = logs.Average();
        var variance = logs.Sum(d => (d - mean) * (d - mean)) / (logs.Length - 1);
        var standardError = Math.Sqrt(variance / logs.Length);
        var halfWidth = StudentT.Quantile(1 - (alpha / 2), logs.Length - 1) * standardError;
        return new PairedRatioEstimate(
            new RatioEstimate(Math.Exp(mean), Math.Exp(mean - halfWidth), Math.Exp(mean + halfWidth)),
            standardError,
            logs.Length - 1);
    }
}

/// <summary>A paired ratio with the standard error of its mean log-ratio and that error's degrees of freedom.</summary>
public sealed record PairedRatioEstimate(RatioEstimate Estimate, double StandardError, int Degrees);
