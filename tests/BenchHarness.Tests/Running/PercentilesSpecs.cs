using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class PercentilesSpecs
{
    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2.5, Percentiles.Median([4, 1, 3, 2]));
    }

    [Fact]
    public void P99_interpolates_between_the_two_highest_ranks()
    {
        var values = Enumerable.Range(1, 101).Select(i => (double)i).ToArray();

        Assert.Equal(100.0, Percentiles.Of(values, 99));
        Assert.Null(Percentiles.Of([], 99));
    }
}
