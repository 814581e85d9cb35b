using BenchHarness.Results;

namespace BenchHarness.Imports;

/// <summary>Reads a llama-bench or sweep-bench output's text into a run.</summary>
public static class BenchOutputImport
{
    /// <param name="fileTime">When the file was written: sweep-bench prints no time of its own.</param>
    public static RunResult Read(string text, string source, DateTimeOffset fileTime, string harnessVersion, string? label)
    {
        var format = BenchOutputSniffer.Detect(text)
            ?? throw new InputException(source, "not a run.json, llama-bench output (json, jsonl, csv, sql) or sweep-bench table");
        var tests = format switch
        {
            BenchOutputFormat.SweepBench => SweepBenchReader.Read(text, source, fileTime),
            _ => Rows(format, text, source).Select(row => LlamaBenchTestReader.Read(row, source)).ToList(),
        };
        if (tests.Count == 0)
        {
            throw new InputException(source, $"no tests in this llama-bench {format.ToString().ToLowerInvariant()} output");
        }

        var program = format == BenchOutputFormat.SweepBench ? "sweep-bench" : "llama-bench";
        return ImportedRunBuilder.Build(program, text, tests, harnessVersion, label, source);
    }

    private static IReadOnlyList<BenchRow> Rows(BenchOutputFormat format, string text, string source) => format switch
    {
        BenchOutputFormat.Json => LlamaBenchJsonReader.ReadArray(text, source),
        BenchOutputFormat.Jsonl => LlamaBenchJsonReader.ReadLines(text, source),
        BenchOutputFormat.Csv => LlamaBenchCsvReader.Read(text, source),
        _ => LlamaBenchSqlReader.Read(text, source),
    };
}
