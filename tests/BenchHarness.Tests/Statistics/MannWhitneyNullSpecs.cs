using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class MannWhitneyNullSpecs
{
    [Fact]
    public void Counts_for_two_and_two_match_the_six_orderings_by_hand()
    {
        // xxyy:0 xyxy:1 xyyx:2 yxxy:2 yxyx:3 yyxx:4
        Assert.Equal([1, 1, 2, 1, 1], MannWhitneyNull.Counts(2, 2).Select(c => (int)c));
    }

    [Fact]
    public void Counts_are_symmetric_and_sum_to_the_binomial_coefficient_at_the_exact_limit()
    {
        var counts = MannWhitneyNull.Counts(60, 60);

        Assert.Equal(Int128.Parse("96614908840363322603893139521372656"), counts.Aggregate(Int128.Zero, (s, c) => s + c));
        Assert.Equal(counts, counts.Reverse());
    }

    [Fact]
    public void Counts_do_not_depend_on_which_sample_is_first()
    {
        Assert.Equal(MannWhitneyNull.Counts(3, 9), MannWhitneyNull.Counts(9, 3));
    }

    [Theory]
    // The standard table of two-tailed critical values of the Mann-Whitney U printed in statistics
    // textbooks (reject when U <= the value), e.g. 23 for n1 = n2 = 10 at alpha = 0.05.
    [InlineData(5, 5, 0.05, 2)]
    [InlineData(8, 8, 0.05, 13)]
    [InlineData(10, 10, 0.05, 23)]
    [InlineData(20, 20, 0.05, 127)]
    [InlineData(5, 8, 0.05, 6)]
    [InlineData(10, 10, 0.01, 16)]
    [InlineData(20, 20, 0.01, 105)]
    public void Lower_critical_value_matches_the_published_table(int m, int n, double alpha, int expected)
    {
        Assert.Equal(expected, MannWhitneyNull.LowerCriticalValue(m, n, alpha / 2));
    }

    [Fact]
    public void Seven_against_seven_reaches_the_default_error_rate_only_with_complete_separation()
    {
        // P(U = 0) = 1 / C(14, 7) = 1/3432 < 0.0005, but P(U <= 1) = 2/3432 > 0.0005.
        Assert.Equal(0, MannWhitneyNull.LowerCriticalValue(7, 7, 0.0005));
        // With six, P(U = 0) = 1/924 already exceeds 0.0005.
        Assert.Equal(-1, MannWhitneyNull.LowerCriticalValue(6, 6, 0.0005));
    }
}
