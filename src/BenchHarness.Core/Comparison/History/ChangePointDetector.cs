using BenchHarness.Statistics;

namespace BenchHarness.Comparison.History;

/// <summary>
/// Finds persisting steps in a series. Every index with a full window on both sides is tested with the
/// comparison rule: the Hodges-Lehmann ratio of the window after to the window before, whose bounds must
/// lie entirely beyond 1±threshold. A real step flags a run of neighbouring indices; within each run the
/// change point is the split that best separates two levels (<see cref="BestSplit"/>).
/// </summary>
public static class ChangePointDetector
{
    public static IReadOnlyList<ChangePoint> Detect(IReadOnlyList<SeriesPoint> series, ChangePointOptions? options = null)
    {
        options ??= ChangePointOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 1);
        var values = series.Select(p => p.Value).ToArray();
        var steps = new List<ChangePoint>();
        var index = options.Window;
        while (index <= values.Length - options.Window)
        {
            var direction = StepDirection(values, index, options);
            if (direction == 0)
            {
                index++;
                continue;
            }

            var last = index;
            while (last + 1 <= values.Length - options.Window && StepDirection(values, last + 1, options) == direction)
            {
                last++;
            }

            var split = BestSplit(values, index, last, options.Window);
            steps.Add(new ChangePoint(split, series[split], Step(values, split, options)));
            index = last + 1;
        }

        return steps;
    }

    /// <summary>-1 for a step down, +1 up, 0 when the windows around <paramref name="index"/> show none.</summary>
    private static int StepDirection(double[] values, int index, ChangePointOptions options)
    {
        if (WithinThreshold(values, index, options))
        {
            return 0;
        }

        var step = Step(values, index, options);
        return step.High < 1 - options.Threshold ? -1 : step.Low > 1 + options.Threshold ? 1 : 0;
    }

    /// <summary>
    /// True when no pairwise ratio of the windows leaves 1±threshold, so neither bound can: the bounds are pairwise
    /// ratios (after over before). Saves the Hodges-Lehmann work at most points of a steady series (a year's history
    /// of every case is tens of thousands of points).
    /// </summary>
    private static bool WithinThreshold(double[] values, int index, ChangePointOptions options)
    {
        var before = values.AsSpan(index - options.Window, options.Window);
        var after = values.AsSpan(index, options.Window);
        var (beforeMin, beforeMax) = (Min(before), Max(before));
        var (afterMin, afterMax) = (Min(after), Max(after));
        return beforeMin > 0 && afterMin > 0 && double.IsFinite(beforeMax) && double.IsFinite(afterMax)
               && afterMin / beforeMax >= 1 - options.Threshold && afterMax / beforeMin <= 1 + options.Threshold;
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        var min = double.PositiveInfinity;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
        }

        return min;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        return max;
    }

    private static RatioEstimate Step(double[] values, int index, ChangePointOptions options) =>
        HodgesLehmann.Ratio(values[(index - options.Window)..index], values[index..(index + options.Window)], options.Alpha);

    /// <summary>
    /// The split in [first, last] of the span around them with the least total absolute deviation of the
    /// log values from their own side's median: a robust least-squares-like fit of two levels.
    /// </summary>
    internal static int BestSplit(double[] values, int first, int last, int window)
    {
        var start = first - window;
        var end = Math.Min(values.Length, last + window);
        var logs = values.Select(v => Math.Log(v)).ToArray();
        return Enumerable.Range(first, last - first + 1)
            .MinBy(split => Deviation(logs[start..split]) + Deviation(logs[split..end]));
    }

    private static double Deviation(double[] logs)
    {
        var median = Descriptive.Median(logs);
        return logs.Sum(v => Math.Abs(v - median));
    }
}
