using BenchHarness.Storage;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary><c>bench db</c> against the embedded default, in a throwaway BENCH_DATA folder.</summary>
public sealed class DbCommandSpecs : IAsyncLifetime
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("bench-data-");
    private Dictionary<string, string?> environment = null!;

    public async Task InitializeAsync()
    {
        // The postgres user must be able to reach the data folder inside this (root-only) temporary folder.
        await ClusterUser.TakeOwnershipAsync(root.FullName, CancellationToken.None);
        environment = new() { [EmbeddedCluster.DataFolderVariable] = Path.Combine(root.FullName, "pg") };
    }

    public async Task DisposeAsync()
    {
        await BenchCli.RunAsync(environment, "db", "stop");
        root.Delete(recursive: true);
    }

    [Fact]
    public async Task Db_start_status_url_and_stop_manage_the_local_cluster()
    {
        var before = await BenchCli.RunAsync(environment, "db", "status");
        var start = await BenchCli.RunAsync(environment, "db", "start");
        var status = await BenchCli.RunAsync(environment, "db", "status");
        var url = await BenchCli.RunAsync(environment, "db", "url");
        var runs = await BenchCli.RunAsync(environment, "runs");
        var stop = await BenchCli.RunAsync(environment, "db", "stop");
        var after = await BenchCli.RunAsync(environment, "db", "status");

        Assert.Contains("not initialised", before.Output, StringComparison.Ordinal);
        Assert.Equal(0, start.ExitCode);
        Assert.Contains(": running", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"^Host=127\.0\.0\.1;Port=\d+;Username=bench;Database=bench\s*$", url.Output);
        Assert.Equal((0, "no runs stored"), (runs.ExitCode, runs.Output.Trim()));
        Assert.Contains("stopped", stop.Output, StringComparison.Ordinal);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains(": stopped", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_database_command_starts_the_local_cluster_on_demand_on_the_remembered_port()
    {
        var first = await BenchCli.RunAsync(environment, "runs");
        var url = (await BenchCli.RunAsync(environment, "db", "url")).Output;
        await BenchCli.RunAsync(environment, "db", "stop");
        var second = await BenchCli.RunAsync(environment, "runs");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(url, (await BenchCli.RunAsync(environment, "db", "url")).Output);
        Assert.Contains(": running", (await BenchCli.RunAsync(environment, "db", "status")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_connection_string_db_start_refuses_to_start_anything()
    {
        var result = await BenchCli.RunAsync(environment, "db", "start", "--db", "Host=db.example;Username=u;Password=hunter2");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.FullName, "pg")));
    }
}
