namespace BenchHarness.Statistics;

/// <summary>The lower tail of an exact null distribution given as counts of equally likely outcomes per value.</summary>
internal static class NullTail
{
    /// <summary>Largest value v with P(X &lt;= v) &lt;= tailProbability, or -1 when even the smallest is more likely than that.</summary>
    public static int LowerCriticalValue(Int128[] counts, Int128 total, double tailProbability)
    {
        var cumulative = Int128.Zero;
        for (var value = 0; value < counts.Length; value++)
        {
            cumulative += counts[value];
            if ((double)cumulative / (double)total > tailProbability)
            {
                return value - 1;
            }
        }

        return counts.Length - 1;
    }
}
