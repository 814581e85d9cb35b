using System.Text.RegularExpressions;

namespace BenchHarness.Imports;

/// <summary>Tells llama-bench's output formats and a sweep-bench table apart by their first lines, not the file name.</summary>
public static partial class BenchOutputSniffer
{
    public static BenchOutputFormat? Detect(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("["))
        {
            return BenchOutputFormat.Json;
        }

        if (start.StartsWith("{"))
        {
            return BenchOutputFormat.Jsonl;
        }

        if (start.StartsWith("build_commit,") || start.StartsWith("\"build_commit\","))
        {
            return BenchOutputFormat.Csv;
        }

        if (start.StartsWith("CREATE TABLE", StringComparison.OrdinalIgnoreCase) || start.StartsWith("INSERT INTO", StringComparison.OrdinalIgnoreCase))
        {
            return BenchOutputFormat.Sql;
        }

        return SweepHeader().IsMatch(text) ? BenchOutputFormat.SweepBench : null;
    }

    [GeneratedRegex(@"^\|\s*PP\s*\|\s*TG\s*\|\s*N_KV\s*\|", RegexOptions.Multiline)]
    private static partial Regex SweepHeader();
}
