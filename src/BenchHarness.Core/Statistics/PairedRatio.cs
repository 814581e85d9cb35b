namespace BenchHarness.Statistics;

/// <summary>
/// The ratio candidate/baseline from paired summaries (one pair per pair of server starts close in time): the
/// one-sample Hodges-Lehmann estimate of the pair log-ratios (the median of their Walsh averages) with bounds from
/// the signed-rank inversion at a two-sided error rate alpha. Starts, not requests, are the units that vary;
/// pairing cancels slow drift of the machine. Rank-based rather than a t interval, because a busy machine gives
/// start pairs heavy tails (one start in twenty slowed by a third): a single wild pair widens a t interval until
/// nothing is detected, while it moves these bounds by one rank. Under no change the two starts of a pair are
/// exchangeable (interleaved, sides alternating), so the log-ratio is symmetric about zero, which is all the
/// signed-rank bounds assume.
/// </summary>
public static class PairedRatio
{
    public const double DefaultAlpha = 0.05;

    /// <summary>The fewest pairs for which the bounds exist at <see cref="DefaultAlpha"/> (2/2^6 &lt; 0.05).</summary>
    public const int MinimumPairs = 6;

    /// <param name="pairs">Positive, finite baseline and candidate summaries; at least one pair.</param>
    public static RatioEstimate Estimate(IReadOnlyList<(double Baseline, double Candidate)> pairs, double alpha = DefaultAlpha)
    {
        if (pairs.Count < 1 || pairs.Any(p => !(p.Baseline > 0 && p.Candidate > 0) || !double.IsFinite(p.Baseline) || !double.IsFinite(p.Candidate)))
        {
            throw new ArgumentException("A paired ratio needs at least one pair of positive, finite values.", nameof(pairs));
        }

        var logs = pairs.Select(p => Math.Log(p.Candidate / p.Baseline)).ToArray();
        var walsh = WalshAverages(logs);
        var ratio = Math.Exp(Descriptive.Median(walsh));
        return SignedRankBounds.Rank(logs.Length, alpha) is { } k
            ? new RatioEstimate(ratio, Math.Exp(walsh[k - 1]), Math.Exp(walsh[^k]))
            : new RatioEstimate(ratio, 0, double.PositiveInfinity);
    }

    /// <summary>(x[i] + x[j]) / 2 for every i &lt;= j, sorted.</summary>
    private static double[] WalshAverages(double[] x)
    {
        var averages = new double[x.Length * (x.Length + 1) / 2];
        var next = 0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i; j < x.Length; j++)
            {
                averages[next++] = (x[i] + x[j]) / 2;
            }
        }

        Array.Sort(averages);
        return averages;
    }
}
