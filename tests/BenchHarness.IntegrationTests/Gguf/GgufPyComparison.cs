using System.Globalization;
using System.Text.Json;
using BenchHarness.Gguf;

namespace BenchHarness.IntegrationTests.Gguf;

/// <summary>Asserts that a gguf-py dump (see Scripts/gguf_cross_check.py) and our reading of the same file agree.</summary>
internal static class GgufPyComparison
{
    public static void AssertSameTensors(IEnumerable<JsonElement> expected, IReadOnlyList<GgufTensorRow> actual)
    {
        var expectedRows = expected.Select(tensor => (
            tensor.GetProperty("name").GetString(),
            tensor.GetProperty("type").GetString(),
            string.Join('x', tensor.GetProperty("shape").EnumerateArray().Select(extent => extent.GetInt64())),
            (long?)tensor.GetProperty("n_bytes").GetInt64(),
            tensor.GetProperty("data_offset").GetInt64())).ToList();
        var actualRows = actual.Select(tensor => (
            (string?)tensor.Name, (string?)tensor.Type, string.Join('x', tensor.Shape), tensor.Bytes, tensor.Offset)).ToList();

        Assert.Equal(expectedRows, actualRows);
    }

    public static void AssertSameMetadata(JsonElement expected, GgufFile actual)
    {
        var expectedKeys = expected.EnumerateObject().Select(property => property.Name).ToList();
        Assert.Equal(expectedKeys, actual.Metadata.Select(entry => entry.Key));
        foreach (var property in expected.EnumerateObject())
        {
            var value = actual.Find(property.Name)!;
            var types = property.Value.GetProperty("types").EnumerateArray().Select(type => type.GetString()).ToList();
            Assert.Equal(types[0], value.Type.ToString().ToUpperInvariant());
            if (value.AsArray() is { } array)
            {
                Assert.Equal(types[^1], array.ElementType.ToString().ToUpperInvariant());
            }

            Assert.Equal(Canonical(property.Value.GetProperty("value")), Canonical(value.Value));
        }
    }

    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.String => "s:" + element.GetString(),
        JsonValueKind.True or JsonValueKind.False => element.GetBoolean().ToString(),
        JsonValueKind.Number when element.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number when element.TryGetUInt64(out var big) => big.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => element.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => element.GetRawText(),
    };

    private static string Canonical(object value) => value switch
    {
        GgufArray array => "[" + string.Join(",", array.Items.Select(Canonical)) + "]",
        string text => "s:" + text,
        bool flag => flag.ToString(),
        float single => Number((double)single),
        double number => Number(number),
        ulong big => big.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
    };

    // gguf-py prints a whole float as 1.0, which parses back as a double; print ours the same way.
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
