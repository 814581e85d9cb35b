using BenchHarness.Logs;
using BenchmarkDotNet.Attributes;

namespace BenchHarness.Benchmarks;

/// <summary>
/// <c>bench parse-log</c>'s reading of a large log against a plain line count of the same file. The file is shaped
/// like a long-running server's log: every captured log of the unit tests once (startups of both servers, failures,
/// every line family), then the request lines our own llama-server build printed (<c>ours-default.log</c>: slot
/// selection, launch, the timing lines, release) again and again, with a copy of the whole captured set every
/// thousand requests, to <see cref="TargetMib"/> MiB. Bytes per second is the file's size over the mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 10, iterationCount: 15)]
public class ParseLogBenchmarks
{
    public const int TargetMib = 128;

    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"parse-log-benchmark-server-{TargetMib}.log");
        if (File.Exists(_path) && new FileInfo(_path).Length >= TargetMib * 1024L * 1024)
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "tests", "BenchHarness.Tests", "TestData", "logs");
        var captured = string.Concat(Directory.GetFiles(folder, "*.log").Order(StringComparer.Ordinal).Select(file => File.ReadAllText(file).TrimEnd('\n') + "\n"));
        var requests = string.Concat(File.ReadLines(Path.Combine(folder, "ours-default.log"))
            .SkipWhile(line => !line.Contains("get_availabl", StringComparison.Ordinal))
            .TakeWhile(line => !line.Contains("cleaning up", StringComparison.Ordinal))
            .Select(line => line + "\n"));
        using var writer = new StreamWriter(_path);
        long written = 0;
        for (var round = 0; written < TargetMib * 1024L * 1024; round++)
        {
            var block = round % 1000 == 0 ? captured : requests;
            writer.Write(block);
            written += block.Length;
        }
    }

    [Benchmark(Baseline = true, Description = "count lines")]
    public int CountLines()
    {
        var count = 0;
        foreach (var _ in File.ReadLines(_path))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "parse-log")]
    public int Parse() => LogFileParser.Parse(_path, CancellationToken.None).Requests.Count;

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BenchHarness.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("BenchHarness.sln not found above the benchmark");
    }
}
