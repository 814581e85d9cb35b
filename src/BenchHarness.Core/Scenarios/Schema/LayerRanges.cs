using System.Globalization;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Layer lists such as <c>"3-14,20,30"</c> or <c>[3, 4, "68-77"]</c>, read into sorted layer numbers.</summary>
public static class LayerRanges
{
    /// <summary>The layers of each part, or null (with <paramref name="problem"/>) when a part is not a number or range.</summary>
    public static IReadOnlyList<int>? Parse(IEnumerable<string> parts, out string? problem)
    {
        var layers = new SortedSet<int>();
        foreach (var part in parts.SelectMany(p => p.Split(',')).Select(p => p.Trim()))
        {
            var bounds = part.Split('-');
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsNumber))
            {
                problem = $"'{FieldReader.Shown(part)}' is not a layer number or range like 3-14";
                return null;
            }

            // Bounded before anything is enumerated: "0-2000000000" must not become two billion layers.
            if (bounds.Any(b => !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > ScenarioLimits.MaxLayer))
            {
                problem = $"'{FieldReader.Shown(part)}' names a layer above {ScenarioLimits.MaxLayer}";
                return null;
            }

            var (first, last) = (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[^1], CultureInfo.InvariantCulture));
            if (last < first)
            {
                problem = $"range '{part}' ends before it starts";
                return null;
            }

            layers.UnionWith(Enumerable.Range(first, last - first + 1));
        }

        problem = layers.Count == 0 ? "no layers given" : null;
        return problem is null ? [.. layers] : null;
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
