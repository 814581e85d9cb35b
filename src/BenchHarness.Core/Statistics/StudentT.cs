namespace BenchHarness.Statistics;

/// <summary>
/// Student's t distribution for whole degrees of freedom, by the closed finite sums of Abramowitz and Stegun
/// 26.7.3 and 26.7.4 for P(|T| &lt;= t); the quantile is found by bisection on that distribution function.
/// </summary>
public static class StudentT
{
    /// <summary>P(T &lt;= t) with <paramref name="degrees"/> degrees of freedom.</summary>
    public static double Cdf(double t, int degrees)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degrees, 1);
        var central = Central(Math.Abs(t), degrees);
        return t >= 0 ? 0.5 + (central / 2) : 0.5 - (central / 2);
    }

    /// <summary>The t with P(T &lt;= t) = p.</summary>
    public static double Quantile(double p, int degrees)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie strictly between 0 and 1.");
        }

        if (p < 0.5)
        {
            return -Quantile(1 - p, degrees);
        }

        double low = 0, high = 1;
        while (Cdf(high, degrees) < p)
        {
            high *= 2;
        }

        for (var step = 0; step < 200 && high - low > 1e-12 * Math.Max(1, high); step++)
        {
            var middle = (low + high) / 2;
            (low, high) = Cdf(middle, degrees) < p ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }

    /// <summary>P(|T| &lt;= t) for t &gt;= 0.</summary>
    private static double Central(double t, int degrees)
    {
        var theta = Math.Atan(t / Math.Sqrt(degrees));
        var cos2 = Math.Cos(theta) * Math.Cos(theta);
        var sin = Math.Sin(theta);
        if (degrees % 2 == 0)
        {
            // sin(theta) * (1 + 1/2 cos^2 + 1*3/(2*4) cos^4 + ... up to cos^(v-2)).
            double term = 1, sum = 1;
            for (var k = 2; k <= degrees - 2; k += 2)
            {
                term *= (k - 1) * cos2 / k;
                sum += term;
            }

            return sin * sum;
        }

        if (degrees == 1)
        {
            return 2 * theta / Math.PI;
        }

        // 2/pi * (theta + sin(theta) * (cos + 2/3 cos^3 + 2*4/(3*5) cos^5 + ... up to cos^(v-2))).
        double oddTerm = Math.Cos(theta), oddSum = oddTerm;
        for (var k = 3; k <= degrees - 2; k += 2)
        {
            oddTerm *= (k - 1) * cos2 / k;
            oddSum += oddTerm;
        }

        return 2 / Math.PI * (theta + (sin * oddSum));
    }
}
