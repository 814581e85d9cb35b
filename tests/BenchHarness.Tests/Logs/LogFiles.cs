using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>The captured logs under TestData/logs, copied next to the test assembly.</summary>
internal static class LogFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "logs", name);

    public static LogReport Parse(string name) => LlamaLogReader.Parse(File.ReadLines(PathOf(name)));

    /// <summary>The name of every captured log, in order.</summary>
    public static IEnumerable<string> Names() => Directory.GetFiles(PathOf(""), "*.log").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);

    /// <summary>A report as JSON, to compare two reports field by field.</summary>
    public static string Json(LogReport report) => System.Text.Json.JsonSerializer.Serialize(report, JsonDefaults.Options);

    /// <summary>The 1-based line of the log whose text contains <paramref name="fragment"/>, so tests never hard-code line numbers.</summary>
    public static int LineOf(string name, string fragment, int occurrence = 1)
    {
        var seen = 0;
        var number = 0;
        foreach (var line in File.ReadLines(PathOf(name)))
        {
            number++;
            if (line.Contains(fragment, StringComparison.Ordinal) && ++seen == occurrence)
            {
                return number;
            }
        }

        throw new InvalidOperationException($"{name} has no line {occurrence} containing '{fragment}'");
    }
}
