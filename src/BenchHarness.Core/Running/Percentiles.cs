namespace BenchHarness.Running;

/// <summary>Order statistics with linear interpolation between ranks (the common "type 7" definition).</summary>
public static class Percentiles
{
    public static double? Of(IReadOnlyCollection<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = percentile / 100.0 * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }

    public static double? Median(IReadOnlyCollection<double> values) => Of(values, 50);
}
