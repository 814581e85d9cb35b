using BenchHarness.Comparison;
using BenchHarness.Statistics;

namespace BenchHarness.Tests.Comparison;

public sealed class VerdictRuleSpecs
{
    [Theory]
    [InlineData(0.90, 0.88, 0.969, "Slower")]
    [InlineData(0.96, 0.95, 0.97, "Inconclusive")]
    [InlineData(1.10, 1.031, 1.2, "Faster")]
    [InlineData(1.00, 0.97, 1.03, "Same")]
    [InlineData(1.00, 0.98, 1.04, "Inconclusive")]
    public void Bounds_against_a_three_percent_threshold_decide_the_verdict(double ratio, double low, double high, string expected)
    {
        var verdict = VerdictRule.Decide(new RatioEstimate(ratio, low, high), 10, 10, 0.03, 7);

        Assert.Equal(Enum.Parse<Verdict>(expected), verdict);
    }

    [Fact]
    public void Fewer_than_the_minimum_samples_on_one_side_is_insufficient_data_even_for_tight_bounds()
    {
        Assert.Equal(Verdict.InsufficientData, VerdictRule.Decide(new RatioEstimate(1, 0.999, 1.001), 6, 50, 0.03, 7));
    }

    [Fact]
    public void No_estimate_is_insufficient_data()
    {
        Assert.Equal(Verdict.InsufficientData, VerdictRule.Decide(null, 10, 0, 0.03, 7));
    }

    [Fact]
    public void Unbounded_estimates_are_inconclusive_however_far_the_ratio_is()
    {
        Assert.Equal(Verdict.Inconclusive, VerdictRule.Decide(new RatioEstimate(0.5, 0, double.PositiveInfinity), 7, 7, 0.03, 7));
    }
}
