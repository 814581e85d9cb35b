namespace BenchHarness.Statistics;

/// <summary>
/// The exact null distribution of the Wilcoxon signed-rank statistic T+ for n pairs without ties or zeros: each of
/// the 2^n sign patterns is equally likely, so counts[t] is the number of subsets of {1..n} that sum to t.
/// </summary>
public static class SignedRankNull
{
    /// <summary>Largest n for which every count fits in <see cref="Int128"/> (2^120 is about 1.3e36).</summary>
    public const int MaxExactPairs = 120;

    /// <summary>counts[t] = number of the 2^n sign patterns whose positive ranks sum to t.</summary>
    public static Int128[] Counts(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxExactPairs);
        var counts = new Int128[(n * (n + 1) / 2) + 1];
        counts[0] = 1;
        for (var rank = 1; rank <= n; rank++)
        {
            for (var t = (rank * (rank + 1) / 2); t >= rank; t--)
            {
                counts[t] += counts[t - rank];
            }
        }

        return counts;
    }

    /// <summary>Largest t with P(T+ &lt;= t) &lt;= tailProbability, or -1 when even T+ = 0 is more likely than that.</summary>
    public static int LowerCriticalValue(int n, double tailProbability) =>
        NullTail.LowerCriticalValue(Counts(n), Int128.One << n, tailProbability);
}
