namespace BenchHarness.IntegrationTests.Storage;

/// <summary><c>bench db</c> against the embedded default, in a throwaway BENCH_DATA folder.</summary>
public sealed class DbCommandSpecs : IAsyncLifetime
{
    private readonly LocalClusterFolder folder = new();

    public Task InitializeAsync() => folder.InitializeAsync();

    public Task DisposeAsync() => folder.DisposeAsync();

    [Fact]
    public async Task Db_start_status_url_and_stop_manage_the_local_cluster()
    {
        var before = await BenchCli.RunAsync(folder.Environment, "db", "status");
        var start = await BenchCli.RunAsync(folder.Environment, "db", "start");
        var status = await BenchCli.RunAsync(folder.Environment, "db", "status");
        var url = await BenchCli.RunAsync(folder.Environment, "db", "url");
        var runs = await BenchCli.RunAsync(folder.Environment, "runs");
        var stop = await BenchCli.RunAsync(folder.Environment, "db", "stop");
        var after = await BenchCli.RunAsync(folder.Environment, "db", "status");

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
        var first = await BenchCli.RunAsync(folder.Environment, "runs");
        var url = (await BenchCli.RunAsync(folder.Environment, "db", "url")).Output;
        await BenchCli.RunAsync(folder.Environment, "db", "stop");
        var second = await BenchCli.RunAsync(folder.Environment, "runs");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(url, (await BenchCli.RunAsync(folder.Environment, "db", "url")).Output);
        Assert.Contains(": running", (await BenchCli.RunAsync(folder.Environment, "db", "status")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_connection_string_db_start_refuses_to_start_anything()
    {
        var result = await BenchCli.RunAsync(folder.Environment, "db", "start", "--db", "Host=db.example;Username=u;Password=hunter2");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Root.FullName, "pg")));
    }
}
