using BenchHarness.Logs;
using BenchmarkDotNet.Attributes;

namespace BenchHarness.Benchmarks;

/// <summary>
/// <c>bench parse-log</c>'s reading of a large log against a plain line count of the same file: the captured logs of
/// the unit tests (our server at both verbosities and as JSON lines, the seeds' ik_llama.cpp logs, every line family
/// in one file), repeated to <see cref="TargetMib"/> MiB. Bytes per second is the file's size over the mean time.
/// </summary>
[MemoryDiagnoser]
public class ParseLogBenchmarks
{
    public const int TargetMib = 256;

    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"parse-log-benchmark-{TargetMib}.log");
        if (File.Exists(_path) && new FileInfo(_path).Length >= TargetMib * 1024L * 1024)
        {
            return;
        }

        var logs = Directory.GetFiles(Path.Combine(RepositoryRoot(), "tests", "BenchHarness.Tests", "TestData", "logs"), "*.log")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        using var writer = new StreamWriter(_path);
        long written = 0;
        while (written < TargetMib * 1024L * 1024)
        {
            foreach (var log in logs)
            {
                writer.Write(log);
                written += log.Length;
            }
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
    public async Task<int> Parse() => (await LogFileParser.ParseAsync(_path, CancellationToken.None)).Requests.Count;

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
