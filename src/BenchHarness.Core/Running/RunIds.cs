using System.Globalization;
using System.Text;

namespace BenchHarness.Running;

/// <summary>Run ids such as <c>20261122-031500-smoke-ab12</c>: sortable by time, readable, unique per start.</summary>
public static class RunIds
{
    public static string Create(DateTimeOffset startedAt, string scenarioName, Random? random = null)
    {
        var stamp = startedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var suffix = (random ?? Random.Shared).Next(0, 0x10000).ToString("x4", CultureInfo.InvariantCulture);
        return $"{stamp}-{Slug(scenarioName)}-{suffix}";
    }

    /// <summary>Lowercase letters, digits and single dashes, at most 40 characters; never empty.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(c) ? c : '-';
            if (keep != '-' || (slug.Length > 0 && slug[^1] != '-'))
            {
                slug.Append(keep);
            }
        }

        var trimmed = slug.ToString().Trim('-');
        trimmed = trimmed.Length > 40 ? trimmed[..40].TrimEnd('-') : trimmed;
        return trimmed.Length == 0 ? "run" : trimmed;
    }
}
