using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class HodgesLehmannSpecs
{
    [Fact]
    public void Ratio_is_the_median_of_all_pairwise_ratios()
    {
        // c/b for b = {1, 2, 4}, c = {2, 3, 5}: .5 .75 1 1.25 1.5 2 2.5 3 5 -> median 1.5
        var estimate = HodgesLehmann.Ratio([1, 2, 4], [2, 3, 5], alpha: 0.5);

        Assert.Equal(1.5, estimate.Ratio, 12);
    }

    [Fact]
    public void Bounds_for_ten_against_ten_at_five_percent_are_the_24th_smallest_and_largest_ratios()
    {
        // b = e^i, c = e^(j + 0.5) for i, j = 0..9: log ratio j - i + 0.5, and j - i = v occurs 10 - |v| times.
        // Cumulative counts from v = -9: 1, 3, 6, 10, 15, 21, 28, so the 24th smallest has v = -3 (log -2.5)
        // and by symmetry the 24th largest has v = 3 (log 3.5); the 50th and 51st have v = 0.
        // k = 24 because the tabulated critical U for n1 = n2 = 10, alpha = 0.05 two-sided is 23.
        var baseline = Enumerable.Range(0, 10).Select(i => Math.Exp(i)).ToArray();
        var candidate = Enumerable.Range(0, 10).Select(j => Math.Exp(j + 0.5)).ToArray();

        var estimate = HodgesLehmann.Ratio(baseline, candidate, alpha: 0.05);

        Assert.Equal(Math.Exp(0.5), estimate.Ratio, 9);
        Assert.Equal(Math.Exp(-2.5), estimate.Low, 9);
        Assert.Equal(Math.Exp(3.5), estimate.High, 9);
        Assert.True(estimate.IsBounded);
    }

    [Fact]
    public void Seven_against_seven_at_the_default_error_rate_is_bounded_by_the_extreme_ratios()
    {
        double[] baseline = [100, 101, 102, 103, 104, 105, 106];
        double[] candidate = [90, 91, 92, 93, 94, 95, 96];

        var estimate = HodgesLehmann.Ratio(baseline, candidate);

        Assert.Equal(90.0 / 106, estimate.Low, 12);
        Assert.Equal(96.0 / 100, estimate.High, 12);
    }

    [Fact]
    public void Samples_too_small_for_the_error_rate_are_unbounded()
    {
        var estimate = HodgesLehmann.Ratio([10, 11, 12, 13, 14, 15], [20, 21, 22, 23, 24, 25]);

        Assert.False(estimate.IsBounded);
        Assert.Equal(0, estimate.Low);
        Assert.Equal(double.PositiveInfinity, estimate.High);
        Assert.Equal(Math.Exp(Descriptive.Median(
            [.. new double[] { 10, 11, 12, 13, 14, 15 }.SelectMany(b => new double[] { 20, 21, 22, 23, 24, 25 }.Select(c => Math.Log(c / b)))])), estimate.Ratio, 12);
    }

    [Fact]
    public void Non_positive_measurements_are_refused()
    {
        Assert.Throws<ArgumentException>(() => HodgesLehmann.Ratio([1, 0], [1, 2]));
    }
}
