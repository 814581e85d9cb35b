using System.Globalization;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Number parsing for log text: always invariant, because logs are printed with C's "%f" in any locale.
/// Counts are 64-bit and amounts finite; a number that cannot be represented reads as absent (null),
/// because a wrong number is worse than none.
/// </summary>
internal static class LogNumbers
{
    public const double BytesPerMib = 1024.0 * 1024.0;

    public static double? Double(ReadOnlySpan<char> text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Finite(value) : null;

    public static long? Long(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Converts an amount printed with a GiB or MiB unit to MiB.</summary>
    public static double? ToMib(string amount, string unit) =>
        unit.Equals("GiB", StringComparison.OrdinalIgnoreCase) ? Finite(Double(amount) * 1024.0) : Double(amount);

    public static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;
}
