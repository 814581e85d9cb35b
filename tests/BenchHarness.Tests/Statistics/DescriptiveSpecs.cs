using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class DescriptiveSpecs
{
    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value_whatever_the_order()
    {
        Assert.Equal(4, Descriptive.Median([9, 1, 4, 7, 2]));
    }

    [Fact]
    public void Median_of_an_even_count_is_the_midpoint_of_the_two_middle_values()
    {
        Assert.Equal(3.5, Descriptive.Median([3, 1, 4, 1, 5, 9, 2, 6]));
    }

    [Theory]
    // Reference: numpy.percentile([3,1,4,1,5,9,2,6], p) with its default linear method.
    [InlineData(0, 1)]
    [InlineData(25, 1.75)]
    [InlineData(90, 6.9)]
    [InlineData(100, 9)]
    public void Percentile_interpolates_between_closest_ranks_like_numpy(double p, double expected)
    {
        Assert.Equal(expected, Descriptive.Percentile([3, 1, 4, 1, 5, 9, 2, 6], p), 12);
    }

    [Fact]
    public void Coefficient_of_variation_uses_the_sample_standard_deviation()
    {
        // mean 11, sample variance (1+1+0+4+4)/4 = 2.5
        Assert.Equal(Math.Sqrt(2.5) / 11, Descriptive.CoefficientOfVariation([10, 12, 11, 13, 9]), 15);
    }

    [Fact]
    public void Coefficient_of_variation_of_one_value_is_zero()
    {
        Assert.Equal(0, Descriptive.CoefficientOfVariation([42]));
    }

    [Fact]
    public void Geometric_mean_of_reciprocal_ratios_is_one()
    {
        Assert.Equal(1, Descriptive.GeometricMean([0.5, 2, 0.8, 1.25]), 15);
        Assert.Equal(4, Descriptive.GeometricMean([2, 8]), 15);
    }

    [Fact]
    public void Geometric_mean_refuses_non_positive_values()
    {
        Assert.Throws<ArgumentException>(() => Descriptive.GeometricMean([1, 0]));
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Descriptive.Median([]));
    }
}
