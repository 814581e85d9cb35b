namespace BenchHarness.Metrics;

/// <summary>
/// How far a printed figure may lie from the value it stands for. llama-server writes <c>/metrics</c> values with a
/// C++ stream's default precision, six significant digits (<c>1.23457e+06</c>, <c>0.0312346</c>), and its log lines
/// milliseconds with two decimals (<c>%10.2f</c>).
/// </summary>
public static class PrintedRounding
{
    public const int MetricSignificantDigits = 6;

    /// <summary>Half a unit of a log line's last printed millisecond digit.</summary>
    public const double LogMsHalfUnit = 0.005;

    /// <summary>Half a unit of the sixth significant digit of <paramref name="value"/>; zero prints exactly.</summary>
    public static double MetricHalfUnit(double value) =>
        value == 0 || !double.IsFinite(value)
            ? 0
            : 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - (MetricSignificantDigits - 1));
}
