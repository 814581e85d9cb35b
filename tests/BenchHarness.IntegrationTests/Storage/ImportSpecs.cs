using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.IntegrationTests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class ImportSpecs(PostgresFixture postgres) : IDisposable
{
    private readonly DirectoryInfo results = Directory.CreateTempSubdirectory("bench-results-");

    public void Dispose() => results.Delete(recursive: true);

    [Fact]
    public async Task Importing_a_results_folder_twice_stores_every_run_once()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        await BenchCli.WriteRunAsync(results.FullName, SampleRuns.Create("import-a"));
        await BenchCli.WriteRunAsync(results.FullName, SampleRuns.Create("import-b", startedAt: DateTimeOffset.Parse("2026-11-20T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

        var first = await BenchCli.RunAsync("import", results.FullName, "--db", connectionString);
        var second = await BenchCli.RunAsync("import", results.FullName, "--db", connectionString);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("import-a: stored (80 samples", first.Output, StringComparison.Ordinal);
        Assert.Contains("2 stored, 0 replaced, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 stored, 0 replaced, 2 unchanged", second.Output, StringComparison.Ordinal);
        var runs = await new RunQueries(new BenchDatabase(connectionString)).ListAsync(new RunFilter(), CancellationToken.None);
        Assert.Equal(["import-a", "import-b"], runs.Select(r => r.RunId).Order());
    }

    [Fact]
    public async Task Importing_a_broken_run_file_names_the_file_and_exits_with_bad_input()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        var folder = Directory.CreateDirectory(Path.Combine(results.FullName, "broken")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "run.json"), "{\"run_id\": \"broken\",\n \"started_at\": 12");

        var result = await BenchCli.RunAsync("import", folder, "--db", connectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine(folder, "run.json") + ":2:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_command_lists_imported_runs_with_their_commit()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        await BenchCli.WriteRunAsync(results.FullName, SampleRuns.Create("listed", label: "nightly"));
        await BenchCli.RunAsync("import", results.FullName, "--db", connectionString);

        var table = await BenchCli.RunAsync("runs", "--label", "nightly", "--db", connectionString);

        Assert.Equal(0, table.ExitCode);
        var row = table.Output.Split('\n')[1];
        Assert.StartsWith("listed", row, StringComparison.Ordinal);
        Assert.Contains("914dde72b", row, StringComparison.Ordinal);
        Assert.EndsWith("80", row.TrimEnd(), StringComparison.Ordinal);
    }
}
