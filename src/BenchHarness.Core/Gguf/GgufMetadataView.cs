using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>
/// Turns metadata values into plain JSON-ready values. Arrays longer than <see cref="MaxInlineItems"/> become
/// a <see cref="GgufMetadataArray"/> (element type and length) so a 150,000-token vocabulary does not flood output.
/// </summary>
public static class GgufMetadataView
{
    public const int MaxInlineItems = 32;

    public static IReadOnlyDictionary<string, object?> Of(IEnumerable<KeyValuePair<string, GgufValue>> metadata)
    {
        var view = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in metadata)
        {
            view[key] = Plain(value.Value);
        }

        return view;
    }

    private static object? Plain(object value) => value switch
    {
        GgufArray array when array.Items.Count > MaxInlineItems =>
            new GgufMetadataArray(array.ElementType.ToString().ToLowerInvariant(), array.Items.Count),
        GgufArray array => array.Items.Select(Plain).ToList(),
        // A float32 printed as the double nearest its shortest decimal form: 1e-05, not 9.999999747378752e-06.
        float single when float.IsFinite(single) =>
            double.Parse(single.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        float single => single.ToString(CultureInfo.InvariantCulture),
        double number when !double.IsFinite(number) => number.ToString(CultureInfo.InvariantCulture),
        _ => value,
    };
}
