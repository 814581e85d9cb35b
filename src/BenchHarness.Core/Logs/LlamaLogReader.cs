namespace BenchHarness.Logs;

/// <summary>
/// Reads a llama-server log line by line, as it is written (a live server) or from a file, and keeps
/// what it understood. Accepts llama.cpp (2024 to now) and ik_llama.cpp shapes, with or without
/// timestamps, level letters, slot/task prefixes, container or journald prefixes and ANSI colours.
/// Not thread-safe: one writer feeds it.
/// </summary>
public sealed class LlamaLogReader
{
    public void Add(string line) => throw new NotImplementedException();

    /// <summary>What has been understood so far.</summary>
    public LogReport Report => throw new NotImplementedException();

    /// <summary>Number of complete requests seen so far; a runner waits on this to match a request to its timing lines.</summary>
    public int RequestCount => throw new NotImplementedException();

    public static LogReport Parse(IEnumerable<string> lines)
    {
        var reader = new LlamaLogReader();
        foreach (var line in lines)
        {
            reader.Add(line);
        }

        return reader.Report;
    }
}
