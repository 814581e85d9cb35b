using System.Text;

namespace BenchHarness.Imports;

/// <summary>Reads <c>llama-bench -o csv</c>: a header of field names, then one row per test, every value quoted.</summary>
public static class LlamaBenchCsvReader
{
    public static IReadOnlyList<BenchRow> Read(string text, string source)
    {
        var lines = text.Split('\n');
        var header = Values(lines[0].TrimEnd('\r'), source, 1);
        var rows = new List<BenchRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var values = Values(line, source, i + 1);
            if (values.Count != header.Count)
            {
                throw new InputException([new InputError(source, i + 1, 1, "", $"{values.Count} values for {header.Count} fields in the header")]);
            }

            rows.Add(new BenchRow(i + 1, header.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }

        return rows;
    }

    /// <summary>Comma-separated values, each plain or in double quotes with <c>""</c> for a quote.</summary>
    private static List<string> Values(string line, string source, int lineNumber)
    {
        var values = new List<string>();
        var value = new StringBuilder();
        var i = 0;
        while (true)
        {
            value.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new InputException([new InputError(source, lineNumber, i + 1, "", "a quoted value is not closed")]);
                    }

                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        value.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(line[i++]);
                    }
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    value.Append(line[i++]);
                }
            }

            values.Add(value.ToString());
            if (i >= line.Length)
            {
                return values;
            }

            if (line[i] != ',')
            {
                throw new InputException([new InputError(source, lineNumber, i + 1, "", "expected a comma after a quoted value")]);
            }

            i++;
        }
    }
}
