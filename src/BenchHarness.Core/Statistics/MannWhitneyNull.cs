namespace BenchHarness.Statistics;

/// <summary>
/// The exact null distribution of the Mann-Whitney U statistic for samples of sizes m and n without ties:
/// the number of orderings giving each U is a coefficient of the Gaussian binomial [m+n choose m]_q,
/// built factor by factor as prod (1 - q^(n+i)) / (1 - q^i) in exact integers.
/// </summary>
public static class MannWhitneyNull
{
    /// <summary>Largest m+n for which every count fits in <see cref="Int128"/> (C(120, 60) is about 1e35).</summary>
    public const int MaxExactTotal = 120;

    /// <summary>counts[u] = number of the C(m+n, m) equally likely orderings whose U equals u.</summary>
    public static Int128[] Counts(int m, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(m + n, MaxExactTotal);
        var small = Math.Min(m, n);
        var large = Math.Max(m, n);
        var counts = new Int128[(small * large) + 1];
        counts[0] = 1;
        for (var i = 1; i <= small; i++)
        {
            // After this step counts holds [large+i choose i]_q, whose degree is i*large.
            var degree = i * large;
            for (var u = degree; u >= large + i; u--)
            {
                counts[u] -= counts[u - large - i];
            }

            for (var u = i; u <= degree; u++)
            {
                counts[u] += counts[u - i];
            }
        }

        return counts;
    }

    /// <summary>Largest u with P(U &lt;= u) &lt;= tailProbability, or -1 when even U = 0 is more likely than that.</summary>
    public static int LowerCriticalValue(int m, int n, double tailProbability)
    {
        var counts = Counts(m, n);
        return NullTail.LowerCriticalValue(counts, counts.Aggregate(Int128.Zero, (sum, c) => sum + c), tailProbability);
    }
}
