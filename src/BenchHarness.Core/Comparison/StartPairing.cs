namespace BenchHarness.Comparison;

/// <summary>
/// Pairs each start of the side with fewer starts, in time order, with the unused start of the other side
/// nearest to it in time (the earlier on a tie). For an interleaved session (A B B A ...) that pairs every A
/// with the B beside it, so slow drift of the machine weighs on both members of a pair alike.
/// Starts left over on the larger side are not used.
/// </summary>
public static class StartPairing
{
    public static IReadOnlyList<(T Baseline, T Candidate)> Pair<T>(
        IReadOnlyList<T> baseline, IReadOnlyList<T> candidate, Func<T, DateTimeOffset> time)
    {
        var fewer = baseline.Count <= candidate.Count;
        var (small, large) = fewer ? (baseline, candidate) : (candidate, baseline);
        var unused = large.OrderBy(time).ToList();
        var pairs = new List<(T, T)>();
        foreach (var start in small.OrderBy(time))
        {
            var nearest = unused.MinBy(other => Math.Abs((time(other) - time(start)).Ticks));
            if (nearest is null)
            {
                break;
            }

            unused.Remove(nearest);
            pairs.Add(fewer ? (start, nearest) : (nearest, start));
        }

        return pairs;
    }
}
