using System.Text.Json;
using BenchHarness.Results;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using Dapper;
using Npgsql;

namespace BenchHarness.IntegrationTests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class RunStoreSpecs(PostgresFixture postgres)
{
    [Fact]
    public async Task Saved_run_reads_back_with_every_figure_identical()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var run = SampleRuns.Create("2026-11-21T02-00-00-a1");

        Assert.Equal(SaveOutcome.Inserted, await new RunStore(database).SaveAsync(run, CancellationToken.None));
        var stored = await new StoredRunReader(database).ReadAsync(run.RunId, CancellationToken.None);

        Assert.NotNull(stored);
        StoredFigures.AssertSame(run, stored);
    }

    [Fact]
    public async Task Saved_run_keeps_its_launch_startup_and_server_commit()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var run = SampleRuns.Create("run-launch");

        await new RunStore(database).SaveAsync(run, CancellationToken.None);
        var stored = (await new StoredRunReader(database).ReadAsync(run.RunId, CancellationToken.None))!;

        var variant = Assert.Single(stored.Variants, v => v.Name == "cpu-moe");
        Assert.Equal(("b8005-914dde72b", 8005, "914dde72b"), (variant.BuildInfo, variant.BuildNumber, variant.Commit));
        Assert.Equal(1234.5678, variant.LoadMs);
        var launch = JsonSerializer.Deserialize<LaunchRecord>(variant.Launch, JsonDefaults.Options)!;
        Assert.Equal(run.Variants[0].Launch.ServerArgs, launch.ServerArgs);
        Assert.Equal("[redacted]", launch.Environment["LLAMA_API_KEY"]);
        Assert.Equal(8, JsonSerializer.Deserialize<Logs.StartupFacts>(variant.Startup!, JsonDefaults.Options)!.NLayer);
        Assert.Equal("914dde72b", stored.Run.Commits);
    }

    [Fact]
    public async Task Server_commit_comes_from_the_log_build_line_when_the_server_reported_none()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var run = SampleRuns.Create("run-log-build");
        run = run with
        {
            Variants = run.Variants.Select(v => v with { Build = null, Startup = new Logs.StartupFacts { Build = "4192 (1cb7e1bf)" } }).ToList(),
        };

        await new RunStore(database).SaveAsync(run, CancellationToken.None);
        var stored = (await new StoredRunReader(database).ReadAsync(run.RunId, CancellationToken.None))!;

        Assert.All(stored.Variants, v => Assert.Equal((4192, "1cb7e1bf"), (v.BuildNumber, v.Commit)));
    }

    [Fact]
    public async Task Saving_the_same_run_twice_stores_it_once()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var store = new RunStore(database);
        var run = SampleRuns.Create("run-twice");

        var first = await store.SaveAsync(run, CancellationToken.None);
        var second = await store.SaveAsync(run, CancellationToken.None);

        Assert.Equal((SaveOutcome.Inserted, SaveOutcome.Unchanged), (first, second));
        Assert.Equal((1L, SampleCount(run)), await CountsAsync(database));
    }

    [Fact]
    public async Task Run_saved_while_running_is_replaced_by_its_completed_version()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var store = new RunStore(database);
        var partial = SampleRuns.Create("run-grows", status: RunStatus.Running, repeats: 2);
        var complete = SampleRuns.Create("run-grows", repeats: 8);

        await store.SaveAsync(partial, CancellationToken.None);
        var outcome = await store.SaveAsync(complete, CancellationToken.None);

        Assert.Equal(SaveOutcome.Replaced, outcome);
        Assert.Equal((1L, SampleCount(complete)), await CountsAsync(database));
        var stored = (await new StoredRunReader(database).ReadAsync("run-grows", CancellationToken.None))!;
        Assert.Equal("completed", stored.Run.Status);
        StoredFigures.AssertSame(complete, stored);
    }

    [Fact]
    public async Task Concurrent_saves_of_one_run_leave_one_copy()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var run = SampleRuns.Create("run-race");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new RunStore(database).SaveAsync(run, CancellationToken.None)));

        Assert.Equal(1, outcomes.Count(o => o == SaveOutcome.Inserted));
        Assert.Equal((1L, SampleCount(run)), await CountsAsync(database));
    }

    [Fact]
    public async Task A_variants_placement_check_is_stored_with_its_flag()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var row = new Memory.PlacementCheckRow("RPC0[127.0.0.1:50052]", Logs.BufferKind.Model, 27.57, 19.66, 0.4023);
        var check = new Memory.PlacementCheckResult([row], true, ["RPC0[127.0.0.1:50052] holds 19.66 MiB of weights, the plan puts 27.57 MiB there"]);
        var run = SampleRuns.Create("run-placement");
        run = run with { Variants = [run.Variants[0] with { PlacementCheck = check }, .. run.Variants.Skip(1)] };

        await new RunStore(database).SaveAsync(run, CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var stored = await connection.QuerySingleAsync<(string Check, bool Differs)>(
            "SELECT placement_check::text, placement_differs FROM variant_launch WHERE variant = @variant", new { variant = run.Variants[0].Name });
        Assert.True(stored.Differs);
        Assert.Equal(check.Reasons, JsonSerializer.Deserialize<Memory.PlacementCheckResult>(stored.Check, JsonDefaults.Options)!.Reasons);
        Assert.Null(await connection.ExecuteScalarAsync<bool?>(
            "SELECT placement_differs FROM variant_launch WHERE variant = @variant", new { variant = run.Variants[1].Name }));
    }

    private static long SampleCount(RunResult run) => run.Variants.Sum(v => v.Samples.Count);

    private static async Task<(long Runs, long Samples)> CountsAsync(BenchDatabase database)
    {
        await using NpgsqlConnection connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM run"),
            await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sample"));
    }
}
