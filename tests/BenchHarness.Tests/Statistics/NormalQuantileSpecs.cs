using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class NormalQuantileSpecs
{
    [Theory]
    // Reference: Python's statistics.NormalDist().inv_cdf(p).
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.9995, 3.2905267314919255)]
    [InlineData(0.0005, -3.2905267314918945)]
    [InlineData(0.3, -0.5244005127080407)]
    [InlineData(0.02, -2.0537489106318225)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Quantile_matches_reference_values_to_twelve_digits(double p, double expected)
    {
        Assert.Equal(expected, NormalQuantile.Of(p), 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Probabilities_outside_the_open_unit_interval_are_refused(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalQuantile.Of(p));
    }
}
