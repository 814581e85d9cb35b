namespace BenchHarness.Statistics;

/// <summary>
/// Which order statistic of the n(n+1)/2 Walsh averages bounds the centre of a symmetric distribution at a
/// two-sided error rate alpha (signed-rank inversion): with T_crit the largest t such that P(T+ &lt;= t) &lt;= alpha/2,
/// the bounds are the k-th smallest and k-th largest Walsh average, k = T_crit + 1 (Hollander and Wolfe,
/// Nonparametric Statistical Methods, section 3.3).
/// </summary>
public static class SignedRankBounds
{
    /// <summary>
    /// k (1-based), or null when there are too few pairs for any bound at this alpha (five or fewer at 0.05).
    /// Exact while n &lt;= <see cref="SignedRankNull.MaxExactPairs"/>; beyond, the normal approximation with
    /// continuity correction.
    /// </summary>
    public static int? Rank(int n, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The error rate must lie strictly between 0 and 1.");
        }

        var critical = n <= SignedRankNull.MaxExactPairs ? SignedRankNull.LowerCriticalValue(n, alpha / 2) : NormalCriticalValue(n, alpha / 2);
        return critical < 0 ? null : critical + 1;
    }

    /// <summary>Largest t with Phi((t + 0.5 - n(n+1)/4) / sigma) &lt;= tail, sigma^2 = n(n+1)(2n+1)/24.</summary>
    internal static int NormalCriticalValue(long n, double tail)
    {
        var mean = n * (n + 1) / 4.0;
        var sigma = Math.Sqrt(n * (n + 1) * ((2 * n) + 1) / 24.0);
        return (int)Math.Max(Math.Floor(mean + (NormalQuantile.Of(tail) * sigma) - 0.5), -1);
    }
}
