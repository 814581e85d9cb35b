using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Durations as written in scenarios: <c>90s</c>, <c>10m</c>, <c>1h30m</c>, or a number of seconds.</summary>
public static partial class DurationText
{
    [GeneratedRegex(@"^(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?$")]
    private static partial Regex Units();

    public static TimeSpan? Parse(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        var match = Units().Match(text);
        if (text.Length == 0 || !match.Success)
        {
            return null;
        }

        return TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s"));

        int Part(string unit) => match.Groups[unit].Success ? int.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
    }
}
