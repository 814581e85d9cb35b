using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Durations as written in scenarios: <c>90s</c>, <c>10m</c>, <c>1h30m</c>, <c>0.5s</c>, <c>250ms</c>, or a number of seconds.</summary>
public static partial class DurationText
{
    [GeneratedRegex(@"^(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+(?:\.\d+)?)s)?(?:(?<ms>\d+)ms)?$")]
    private static partial Regex Units();

    public static TimeSpan? Parse(string text)
    {
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return Checked(seconds);
        }

        var match = Units().Match(text);
        if (text.Length == 0 || !match.Success)
        {
            return null;
        }

        return Checked((Part("h") * 3600) + (Part("m") * 60) + Part("s") + (Part("ms") / 1000));

        double Part(string unit) => match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Anything beyond a year is a typo, and would overflow a timer.</summary>
    private static TimeSpan? Checked(double seconds) =>
        double.IsFinite(seconds) && seconds <= TimeSpan.FromDays(366).TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>The shortest text that reads back as the same duration: <c>4m16s</c>, <c>1.5s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration.TotalSeconds < 60 || duration.Milliseconds != 0)
        {
            return $"{duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s";
        }

        var text = (duration.Days * 24) + duration.Hours > 0 ? $"{(duration.Days * 24) + duration.Hours}h" : "";
        text += duration.Minutes > 0 ? $"{duration.Minutes}m" : "";
        return text + (duration.Seconds > 0 ? $"{duration.Seconds}s" : "");
    }
}
