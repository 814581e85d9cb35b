using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using Npgsql;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>A run made while the database is down is kept in results/ and imported later with identical figures.</summary>
public sealed class DatabaseDownSpecs : IAsyncLifetime
{
    private TestCluster cluster = null!;
    private readonly DirectoryInfo results = Directory.CreateTempSubdirectory("bench-results-");

    public async Task InitializeAsync() => cluster = await TestCluster.StartAsync();

    public async Task DisposeAsync()
    {
        await cluster.DisposeAsync();
        results.Delete(recursive: true);
    }

    [Fact]
    public async Task Run_saved_while_the_database_is_down_is_imported_later_with_identical_figures()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var run = SampleRuns.Create("saved-while-down");
        var folder = await BenchCli.WriteRunAsync(results.FullName, run);
        await cluster.StopServerAsync();

        var sink = await new DatabaseRunSink(connectionString).SaveAsync(run, CancellationToken.None);
        await cluster.StartServerAsync();
        var import = await BenchCli.RunAsync("import", folder, "--db", connectionString);

        Assert.False(sink.Stored);
        Assert.Contains("bench import results/saved-while-down", sink.Message, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        var stored = await new StoredRunReader(new BenchDatabase(connectionString)).ReadAsync(run.RunId, CancellationToken.None);
        StoredFigures.AssertSame(run, stored!);
    }

    [Fact]
    public async Task Unreachable_database_messages_never_show_the_password()
    {
        var secret = new NpgsqlConnectionStringBuilder(cluster.ConnectionString()) { Password = "s3cret-Pw!", Port = 1 }.ConnectionString;

        var sink = await new DatabaseRunSink(secret).SaveAsync(SampleRuns.Create("no-leak"), CancellationToken.None);
        var runs = await BenchCli.RunAsync("runs", "--db", secret);
        var url = await BenchCli.RunAsync("db", "url", "--db", secret);

        Assert.False(sink.Stored);
        Assert.Equal(1, runs.ExitCode);
        Assert.Contains("error: database:", runs.Error, StringComparison.Ordinal);
        Assert.Contains("Port=1", url.Output, StringComparison.Ordinal);
        Assert.All(new[] { sink.Message, runs.Output + runs.Error, url.Output + url.Error },
            text => Assert.DoesNotContain("s3cret-Pw!", text, StringComparison.Ordinal));
    }
}
