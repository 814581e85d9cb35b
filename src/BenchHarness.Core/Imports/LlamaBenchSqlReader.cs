using System.Text.RegularExpressions;

namespace BenchHarness.Imports;

/// <summary>
/// Reads <c>llama-bench -o sql</c>: <c>INSERT INTO llama_bench (field, ...) VALUES ('value', ...);</c> per test
/// (ik_llama.cpp and older llama.cpp name the table <c>test</c>). The statements are read as text, never run.
/// </summary>
public static partial class LlamaBenchSqlReader
{
    public static IReadOnlyList<BenchRow> Read(string text, string source)
    {
        var rows = new List<BenchRow>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (!line.StartsWith("INSERT INTO", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var insert = Insert().Match(line);
            if (!insert.Success)
            {
                throw new InputException([new InputError(source, number, 1, "", "expected INSERT INTO table (fields) VALUES ('value', ...);")]);
            }

            var names = insert.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries);
            var values = Value().Matches(insert.Groups["values"].Value).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).ToList();
            if (names.Length != values.Count)
            {
                throw new InputException([new InputError(source, number, insert.Groups["values"].Index + 1, "", $"{values.Count} values for {names.Length} fields")]);
            }

            rows.Add(new BenchRow(number, names.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }

        return rows;
    }

    [GeneratedRegex(@"^INSERT INTO\s+\w+\s*\((?<names>[^)]*)\)\s*VALUES\s*\((?<values>.*)\)\s*;\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Insert();

    [GeneratedRegex(@"'((?:[^']|'')*)'")]
    private static partial Regex Value();
}
