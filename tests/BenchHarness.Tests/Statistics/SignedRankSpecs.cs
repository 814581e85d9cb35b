using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

/// <summary>The signed-rank null distribution and the bounds it gives the paired-starts rule.</summary>
public sealed class SignedRankSpecs
{
    [Theory]
    [InlineData(6, 0)]
    [InlineData(7, 2)]
    [InlineData(8, 3)]
    [InlineData(10, 8)]
    [InlineData(15, 25)]
    [InlineData(20, 52)]
    [InlineData(24, 81)]
    [InlineData(30, 137)]
    public void Critical_values_at_five_percent_two_sided_equal_the_published_table(int pairs, int critical)
    {
        Assert.Equal(critical, SignedRankNull.LowerCriticalValue(pairs, 0.025));
        Assert.Equal(critical + 1, SignedRankBounds.Rank(pairs, 0.05));
    }

    [Fact]
    public void Five_pairs_cannot_bound_the_ratio_at_five_percent()
    {
        // The most extreme sign pattern alone has probability 2/32 > 0.05.
        Assert.Null(SignedRankBounds.Rank(5, 0.05));
        Assert.Equal(PairedRatio.MinimumPairs, Enumerable.Range(1, 10).First(n => SignedRankBounds.Rank(n, 0.05) is not null));
    }

    [Fact]
    public void The_counts_cover_every_sign_pattern_once()
    {
        var counts = SignedRankNull.Counts(12);

        Assert.Equal(Int128.One << 12, counts.Aggregate(Int128.Zero, (sum, c) => sum + c));
        Assert.Equal(12 * 13 / 2, counts.Length - 1);
        Assert.Equal(counts[0], counts[^1]); // symmetric: no positive rank, all positive
    }

    [Fact]
    public void Normal_approximation_is_close_to_exact_where_it_takes_over()
    {
        var exact = SignedRankNull.LowerCriticalValue(SignedRankNull.MaxExactPairs, 0.025);
        var approximate = SignedRankBounds.NormalCriticalValue(SignedRankNull.MaxExactPairs, 0.025);

        Assert.InRange(approximate, exact - 3, exact + 3); // of 7260 ranks
    }

    [Fact]
    public void Six_pairs_give_the_median_walsh_average_between_the_extreme_ones()
    {
        // Log-ratios -0.1, -0.2, -0.05, -0.15, -0.12, 0.3: 21 Walsh averages from -0.2 to 0.3, median -0.1;
        // with six pairs k = 1, so the bounds are the smallest and the largest.
        double[] logs = [-0.1, -0.2, -0.05, -0.15, -0.12, 0.3];

        var estimate = PairedRatio.Estimate(logs.Select(d => (100.0, 100 * Math.Exp(d))).ToList());

        Assert.Equal(Math.Exp(-0.1), estimate.Ratio, 12);
        Assert.Equal(Math.Exp(-0.2), estimate.Low, 12);
        Assert.Equal(Math.Exp(0.3), estimate.High, 12);
    }

    [Fact]
    public void One_wild_pair_does_not_hide_a_steady_ten_percent_slowdown()
    {
        // 23 pairs about 10 % slower and one start of the baseline slowed by a third by the machine: the rank
        // bounds move by one rank, so the slowdown stays beyond 3 %.
        var pairs = Enumerable.Range(0, 23).Select(i => (100.0, 90.0 * (1 + (0.01 * ((i % 5) - 2))))).Append((67.0, 90.0)).ToList();

        var estimate = PairedRatio.Estimate(pairs);

        Assert.InRange(estimate.Ratio, 0.89, 0.91);
        Assert.True(estimate.High < 0.97, $"upper bound {estimate.High}");
    }
}
