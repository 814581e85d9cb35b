namespace BenchHarness.Statistics;

/// <summary>
/// Order statistics of the m*n differences y[j] - x[i] of two sorted samples without forming them:
/// a bisection over the ordered bit patterns of doubles (at most 64 steps), each counting the differences
/// at or below a value in O(m+n) with two pointers. The result is exactly the difference the full sort
/// would give, because floating-point subtraction is monotone in both operands.
/// </summary>
public sealed class PairwiseDifferences
{
    private readonly double[] _x;
    private readonly double[] _y;

    /// <param name="x">The subtracted sample (baseline).</param>
    /// <param name="y">The other sample (candidate).</param>
    public PairwiseDifferences(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        _x = Descriptive.Sorted(x);
        _y = Descriptive.Sorted(y);
    }

    public long Count => (long)_x.Length * _y.Length;

    /// <summary>The k-th smallest difference, k from 1 to <see cref="Count"/>.</summary>
    public double KthSmallest(long k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, Count);
        var low = OrderedBits.Of(_y[0] - _x[^1]);
        var high = OrderedBits.Of(_y[^1] - _x[0]);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (CountAtOrBelow(OrderedBits.ToDouble(middle)) >= k)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return OrderedBits.ToDouble(low);
    }

    public double KthLargest(long k) => KthSmallest(Count + 1 - k);

    /// <summary>The median difference; for an even count, the midpoint of the two middle ones.</summary>
    public double Median()
    {
        var lowerMiddle = KthSmallest((Count + 1) / 2);
        return Count % 2 == 1 ? lowerMiddle : (lowerMiddle + KthSmallest((Count / 2) + 1)) / 2;
    }

    private long CountAtOrBelow(double value)
    {
        long count = 0;
        var first = 0;
        foreach (var y in _y)
        {
            // first = smallest i with y - x[i] <= value; it only moves right as y grows.
            while (first < _x.Length && y - _x[first] > value)
            {
                first++;
            }

            count += _x.Length - first;
        }

        return count;
    }
}
