using BenchHarness.Comparison.History;

namespace BenchHarness.Tests.Comparison.History;

public sealed class ChangePointDetectorSpecs
{
    [Fact]
    public void A_persisting_ten_percent_step_down_is_one_change_point_at_its_first_point()
    {
        var series = Series(seed: 1, noise: 0.015, levels: [(30, 50), (30, 45)]);

        var point = Assert.Single(ChangePointDetector.Detect(series));

        Assert.Equal(30, point.Index);
        Assert.Equal("c30", point.Point.Label);
        Assert.True(point.IsSlowdown);
        Assert.InRange(point.Step.Ratio, 0.87, 0.93);
    }

    [Fact]
    public void A_step_up_and_a_later_step_down_are_two_change_points()
    {
        var series = Series(seed: 2, noise: 0.01, levels: [(20, 50), (20, 56), (20, 50)]);

        var points = ChangePointDetector.Detect(series);

        Assert.Equal([20, 40], points.Select(p => p.Index));
        Assert.False(points[0].IsSlowdown);
        Assert.True(points[1].IsSlowdown);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_long_noisy_flat_series_has_no_change_point(int seed)
    {
        var series = Series(seed, noise: 0.03, levels: [(300, 50)]);

        Assert.Empty(ChangePointDetector.Detect(series));
    }

    [Fact]
    public void A_single_slow_night_or_a_short_dip_is_not_a_step()
    {
        var values = Series(seed: 6, noise: 0.01, levels: [(20, 50), (1, 35), (10, 50), (3, 40), (20, 50)]);

        Assert.Empty(ChangePointDetector.Detect(values));
    }

    [Fact]
    public void A_step_smaller_than_the_threshold_is_not_reported()
    {
        var series = Series(seed: 7, noise: 0.002, levels: [(30, 50), (30, 49.25)]);

        Assert.Empty(ChangePointDetector.Detect(series));
        Assert.Single(ChangePointDetector.Detect(series, ChangePointOptions.Default with { Threshold = 0.005 }));
    }

    [Fact]
    public void A_series_shorter_than_two_windows_has_no_change_point()
    {
        Assert.Empty(ChangePointDetector.Detect(Series(seed: 8, noise: 0, levels: [(5, 50), (6, 25)])));
    }

    private static List<SeriesPoint> Series(int seed, double noise, (int Count, double Level)[] levels)
    {
        var random = new Random(seed);
        return levels
            .SelectMany(l => Enumerable.Repeat(l.Level, l.Count))
            .Select((level, i) => new SeriesPoint($"c{i}", DateTimeOffset.UnixEpoch.AddDays(i), level * (1 + (noise * SeededNoise.Gaussian(random)))))
            .ToList();
    }
}
