using BenchHarness.Statistics;

namespace BenchHarness.Tests.Statistics;

public sealed class PairwiseDifferencesSpecs
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 9, 2)]
    [InlineData(23, 17, 3)]
    public void Every_order_statistic_equals_the_one_of_the_fully_sorted_differences(int m, int n, int seed)
    {
        var random = new Random(seed);
        // Rounded values make ties, negatives come from the shift.
        var x = Enumerable.Range(0, m).Select(_ => Math.Round(random.NextDouble() * 10, 1) - 3).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 10, 1) - 5).ToArray();
        var sorted = x.SelectMany(xi => y.Select(yj => yj - xi)).Order().ToArray();

        var differences = new PairwiseDifferences(x, y);

        for (var k = 1; k <= sorted.Length; k++)
        {
            Assert.Equal(sorted[k - 1], differences.KthSmallest(k));
            Assert.Equal(sorted[^k], differences.KthLargest(k));
        }
    }

    [Fact]
    public void Median_of_an_even_count_is_the_midpoint_of_the_two_middle_differences()
    {
        // differences of y = {1, 4} minus x = {0, 2}: 1, -1, 4, 2 -> sorted -1, 1, 2, 4
        Assert.Equal(1.5, new PairwiseDifferences([0, 2], [1, 4]).Median());
    }

    [Fact]
    public void Ranks_outside_the_pairs_are_refused()
    {
        var differences = new PairwiseDifferences([1, 2], [3]);

        Assert.Throws<ArgumentOutOfRangeException>(() => differences.KthSmallest(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => differences.KthSmallest(3));
    }
}
