using System.Globalization;

namespace BenchHarness.Reports;

/// <summary>How report tables write numbers: invariant culture, <c>-</c> for an unknown value.</summary>
public static class ReportCell
{
    public static string Number(double? value, string format = "0.00") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Thinking(bool? thinking) => thinking switch
    {
        true => "on",
        false => "off",
        null => "default",
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
