using System.Text.Json;

namespace BenchHarness.Imports;

/// <summary>Reads <c>llama-bench -o json</c> (an array of tests) and <c>-o jsonl</c> (one test per line).</summary>
public static class LlamaBenchJsonReader
{
    public static IReadOnlyList<BenchRow> ReadArray(string text, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw Error(source, 1, "", "expected a JSON array of tests");
            }

            var lines = TestStartLines(text);
            return document.RootElement.EnumerateArray()
                .Select((test, index) => Row(test, index < lines.Count ? lines[index] : 0, source))
                .ToList();
        }
        catch (JsonException e)
        {
            throw Error(source, (int)(e.LineNumber ?? 0) + 1, e.Path ?? "", e.Message.Split(" Path: ")[0]);
        }
    }

    public static IReadOnlyList<BenchRow> ReadLines(string text, string source)
    {
        var rows = new List<BenchRow>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                rows.Add(Row(document.RootElement, number, source));
            }
            catch (JsonException e)
            {
                throw Error(source, number, e.Path ?? "", e.Message.Split(" Path: ")[0]);
            }
        }

        return rows;
    }

    private static BenchRow Row(JsonElement test, int line, string source)
    {
        if (test.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, line, "", "expected a test object");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in test.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? "",
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                _ => property.Value.GetRawText(),
            };
        }

        return new BenchRow(line, fields)
        {
            SamplesNs = Numbers(test, "samples_ns", line, source),
            SamplesTs = Numbers(test, "samples_ts", line, source),
        };
    }

    private static IReadOnlyList<double> Numbers(JsonElement test, string name, int line, string source)
    {
        if (!test.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            throw Error(source, line, name, "expected an array of numbers");
        }

        return array.EnumerateArray().Select(v => v.GetDouble()).ToList();
    }

    /// <summary>llama-bench prints each test object's opening brace alone on a line (<c>  {</c>).</summary>
    private static List<int> TestStartLines(string text) =>
        text.Split('\n').Select((line, index) => (line, index)).Where(l => l.line.TrimEnd() == "  {").Select(l => l.index + 1).ToList();

    private static InputException Error(string source, int line, string field, string message) =>
        new([new InputError(source, line, 1, field, message)]);
}
