namespace BenchHarness.Statistics;

/// <summary>Location and spread of one sample set. Inputs are never modified; empty input is an error.</summary>
public static class Descriptive
{
    public static double Median(IReadOnlyList<double> values) => Percentile(values, 50);

    /// <summary>
    /// The p-th percentile (0..100) by linear interpolation between closest ranks
    /// (Hyndman-Fan type 7, as numpy and spreadsheets compute it).
    /// </summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        var sorted = Sorted(values);
        var position = (sorted.Length - 1) * p / 100;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>Sample standard deviation (n-1) over the mean; 0 for a single value.</summary>
    public static double CoefficientOfVariation(IReadOnlyList<double> values)
    {
        RequireValues(values);
        if (values.Count == 1)
        {
            return 0;
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return Math.Sqrt(variance) / mean;
    }

    /// <summary>exp of the mean log; every value must be positive.</summary>
    public static double GeometricMean(IReadOnlyList<double> values)
    {
        RequireValues(values);
        if (values.Any(v => !(v > 0)))
        {
            throw new ArgumentException("The geometric mean needs positive values.", nameof(values));
        }

        return Math.Exp(values.Average(v => Math.Log(v)));
    }

    internal static double[] Sorted(IReadOnlyList<double> values)
    {
        RequireValues(values);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static void RequireValues(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("At least one value is needed.", nameof(values));
        }
    }
}
