using BenchHarness.Imports;
using BenchHarness.Results;

namespace BenchHarness.Tests.Imports;

/// <summary>The llama-bench and sweep-bench outputs under TestData/bench, copied next to the test assembly.</summary>
internal static class BenchFiles
{
    public static readonly DateTimeOffset FileTime = new(2026, 5, 17, 9, 0, 0, TimeSpan.Zero);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "bench", name);

    public static RunResult Import(string name, string? label = null) =>
        BenchOutputImport.Read(File.ReadAllText(PathOf(name)), PathOf(name), FileTime, "test", label);
}
