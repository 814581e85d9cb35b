using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class ConfidenceRankSpecs
{
    [Fact]
    public void Ten_against_ten_at_five_percent_uses_the_24th_difference()
    {
        // Tabulated two-tailed critical U for n1 = n2 = 10, alpha = 0.05 is 23, so k = 24.
        Assert.Equal(24, ConfidenceRank.For(10, 10, 0.05));
    }

    [Fact]
    public void Too_few_samples_for_the_error_rate_give_no_rank()
    {
        Assert.Null(ConfidenceRank.For(6, 6, 0.001));
        Assert.Equal(1, ConfidenceRank.For(7, 7, 0.001));
    }

    [Theory]
    [InlineData(60, 60, 0.001)]
    [InlineData(60, 60, 0.05)]
    [InlineData(30, 90, 0.01)]
    public void Normal_approximation_is_never_narrower_and_close_to_exact_where_it_takes_over(int m, int n, double alpha)
    {
        // U has lighter tails than the normal, so the approximation errs towards wider bounds (e.g. 1172
        // against the exact 1178 for 60 against 60 at 0.001), by well under 0.5% of the m*n ranks.
        var exact = MannWhitneyNull.LowerCriticalValue(m, n, alpha / 2);
        var approximate = ConfidenceRank.NormalCriticalValue(m, n, alpha / 2);

        Assert.InRange(approximate, exact - (0.005 * m * n), exact);
    }

    [Fact]
    public void Large_samples_use_the_normal_approximation_with_continuity_correction()
    {
        // floor(mn/2 - z(0.9995) * sqrt(mn(m+n+1)/12) - 0.5) + 1 for m = n = 5000
        var z = 3.2905267314919255;
        var expected = (long)Math.Floor((12_500_000 - (z * Math.Sqrt(25_000_000.0 * 10_001 / 12))) - 0.5) + 1;

        Assert.Equal(expected, ConfidenceRank.For(5000, 5000, 0.001));
        Assert.Equal(12_025_030, expected);
    }
}
