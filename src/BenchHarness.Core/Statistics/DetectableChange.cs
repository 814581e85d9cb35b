namespace BenchHarness.Statistics;

/// <summary>
/// The smallest slowdown a comparison would call <c>slower</c> with the given power: the verdict needs the upper
/// bound exp(d + q_alpha * se) below 1 - theta, so a true log-ratio delta is caught with probability
/// <paramref name="power"/> when delta = ln(1 - theta) - (q_alpha + q_power) * se. The change is 1 - exp(delta).
/// </summary>
public static class DetectableChange
{
    public const double DefaultPower = 0.8;

    /// <summary>
    /// From a rule's bounds (per-sample or paired): half the log-width, h, stands for z_alpha * se, so the margin
    /// is h * (1 + z_power / z_alpha); null for unbounded estimates.
    /// </summary>
    public static double? FromBounds(RatioEstimate estimate, double alpha, double threshold, double power = DefaultPower)
    {
        if (!estimate.IsBounded)
        {
            return null;
        }

        var halfWidth = Math.Log(estimate.High / estimate.Low) / 2;
        var margin = halfWidth * (1 + (NormalQuantile.Of(power) / NormalQuantile.Of(1 - (alpha / 2))));
        return Slowdown(threshold, margin);
    }

    private static double Slowdown(double threshold, double margin) => 1 - ((1 - threshold) * Math.Exp(-margin));
}
