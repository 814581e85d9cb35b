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
        TryPlainDecimal(text, out var plain) ? plain
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Finite(value) : null;

    /// <summary>
    /// Reads the "12345.678" a timing line prints without the general parser: with at most 15 digits the digits make
    /// an exact integer and the power of ten an exact double, so their one IEEE division is the correctly rounded value
    /// <see cref="double.Parse(string)"/> gives. False for anything else (a sign, an exponent, white space, more digits).
    /// </summary>
    public static bool TryPlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        long digits = 0;
        var count = 0;
        var decimals = -1;
        foreach (var c in text)
        {
            if (c == '.' && decimals < 0)
            {
                decimals = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++count > 15)
            {
                return false;
            }

            digits = (digits * 10) + (c - '0');
            if (decimals >= 0)
            {
                decimals++;
            }
        }

        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        return count > 0;
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static long? Long(ReadOnlySpan<char> text) =>
        TryPlainInteger(text, out var plain) ? plain
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Reads the "-12" or "4096" a log prints without the general parser: at most 18 digits always fit 64 bits. False
    /// for anything else (a plus sign, white space, more digits), which the general parser then reads.
    /// </summary>
    public static bool TryPlainInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var negative = !text.IsEmpty && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.IsEmpty || digits.Length > 18)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>Converts an amount printed with a GiB or MiB unit to MiB.</summary>
    public static double? ToMib(string amount, string unit) =>
        unit.Equals("GiB", StringComparison.OrdinalIgnoreCase) ? Finite(Double(amount) * 1024.0) : Double(amount);

    public static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;
}
