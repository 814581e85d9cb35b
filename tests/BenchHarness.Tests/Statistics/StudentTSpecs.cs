using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class StudentTSpecs
{
    [Theory]
    [InlineData(0.975, 1, 12.7062)]
    [InlineData(0.975, 2, 4.3027)]
    [InlineData(0.975, 9, 2.2622)]
    [InlineData(0.975, 23, 2.0687)]
    [InlineData(0.995, 5, 4.0321)]
    [InlineData(0.8, 9, 0.8834)]
    [InlineData(0.8, 23, 0.8575)]
    [InlineData(0.025, 9, -2.2622)]
    public void Quantiles_match_the_printed_tables(double p, int degrees, double expected) =>
        Assert.Equal(expected, StudentT.Quantile(p, degrees), 3);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void The_distribution_is_symmetric_about_zero(int degrees)
    {
        Assert.Equal(0.5, StudentT.Cdf(0, degrees), 12);
        Assert.Equal(1, StudentT.Cdf(1.3, degrees) + StudentT.Cdf(-1.3, degrees), 12);
    }

    [Fact]
    public void Many_degrees_of_freedom_approach_the_normal() =>
        Assert.Equal(NormalQuantile.Of(0.975), StudentT.Quantile(0.975, 2000), 2);
}
