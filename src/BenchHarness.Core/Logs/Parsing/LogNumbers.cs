using System.Globalization;

namespace BenchHarness.Logs.Parsing;

/// <summary>Number parsing for log text: always invariant, because logs are printed with C's "%f" in any locale.</summary>
internal static class LogNumbers
{
    public const double BytesPerMib = 1024.0 * 1024.0;

    public static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static int? IntOrNull(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Converts an amount printed with a GiB or MiB unit to MiB.</summary>
    public static double ToMib(string amount, string unit) =>
        unit.Equals("GiB", StringComparison.OrdinalIgnoreCase) ? Double(amount) * 1024.0 : Double(amount);
}
