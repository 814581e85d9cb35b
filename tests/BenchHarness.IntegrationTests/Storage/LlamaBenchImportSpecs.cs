using System.Text.Json;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>
/// Real llama-bench output of the pinned builds (llama.cpp ae50016 and de3ff81, the set-up's test model,
/// <c>-p 16 -n 8 -r 3 -t 1</c>; see TestData/llama-bench/SOURCES.md) imported as runs, then compared and shown
/// over time like the harness's own.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LlamaBenchImportSpecs(PostgresFixture postgres, ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo results = Directory.CreateTempSubdirectory("bench-import-");

    public void Dispose() => results.Delete(recursive: true);

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "llama-bench", name);

    [Fact]
    public async Task Imported_json_jsonl_and_csv_runs_compare_by_commit_and_show_in_history()
    {
        var connection = await postgres.Cluster.CreateDatabaseAsync();

        var import = await BenchCli.RunAsync(
            "import", Data("ae50016.json"), Data("de3ff81.json"), Data("de3ff81.jsonl"), Data("de3ff81.csv"),
            "--label", "lb", "--results", results.FullName, "--db", connection);
        output.WriteLine(import.Output + import.Error);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("4 stored, 0 replaced, 0 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Equal(4, results.GetDirectories().Length);

        var again = await BenchCli.RunAsync("import", Data("de3ff81.csv"), "--label", "lb", "--results", results.FullName, "--db", connection);
        Assert.Contains("0 stored, 0 replaced, 1 unchanged", again.Output, StringComparison.Ordinal);

        var compare = await BenchCli.RunAsync("compare", "--baseline", "commit:ae50016", "--candidate", "commit:de3ff81", "--json", "--db", connection);
        output.WriteLine(compare.Output + compare.Error);
        Assert.True(compare.ExitCode == 0, compare.Error);
        using (var report = JsonDocument.Parse(compare.Output))
        {
            var cases = report.RootElement.GetProperty("cases").EnumerateArray()
                .Select(c => (Prompt: c.GetProperty("prompt").GetString(), Metric: c.GetProperty("metric").GetString(),
                              Baseline: c.GetProperty("n_baseline").GetInt32(), Candidate: c.GetProperty("n_candidate").GetInt32()))
                .Where(c => c.Baseline > 0)
                .ToList();
            // json gives 3 repetitions a test; jsonl 3 more; csv one aggregate-only average.
            Assert.Contains(("pp16", "pp", 3, 7), cases);
            Assert.Contains(("tg8", "tg", 3, 7), cases);
        }

        var history = await BenchCli.RunAsync("history", "--scenario", "llama-bench", "--json", "--db", connection);
        output.WriteLine(history.Output);
        Assert.True(history.ExitCode == 0, history.Error);
        Assert.Contains("\"ae50016\"", history.Output, StringComparison.Ordinal);
        Assert.Contains("\"de3ff81\"", history.Output, StringComparison.Ordinal);

        var csvRun = results.GetDirectories().Single(d => File.Exists(Path.Combine(d.FullName, "imported-de3ff81.csv"))).Name;
        var stored = await new StoredRunReader(new BenchDatabase(connection)).ReadAsync(csvRun, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.NotEmpty(stored.Samples);
        Assert.All(stored.Samples, s => Assert.True(s.AggregateOnly));
    }
}
