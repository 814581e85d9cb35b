using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary><c>bench runs --accept/--exclude/--clear</c> and the <c>accepted</c> selector, on the real store and the real program.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RunMarkSpecs(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Night = new(2026, 11, 19, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Accepted_selects_the_newest_accepted_run_and_accepted_scenario_narrows_it()
    {
        var (database, connection) = await StoreAsync();

        Assert.Equal(0, (await BenchCli.RunAsync("runs", "--accept", "n1", "--reason", "known good", "--db", connection)).ExitCode);
        Assert.Equal(0, (await BenchCli.RunAsync("runs", "--accept", "n2", "--db", connection)).ExitCode);
        Assert.Equal(0, (await BenchCli.RunAsync("runs", "--accept", "m1", "--db", connection)).ExitCode);

        Assert.Equal(["m1"], await SelectAsync(database, "accepted"));
        Assert.Equal(["n2"], await SelectAsync(database, "accepted:moe-sweep"));
        Assert.Equal(["n2"], await SelectAsync(database, "accepted", scenario: "moe-sweep"));
        Assert.Empty(await SelectAsync(database, "accepted:moe-sweep", scenario: "dense-only"));
    }

    [Fact]
    public async Task An_excluded_or_cleared_run_is_no_longer_the_accepted_baseline()
    {
        var (database, connection) = await StoreAsync();
        await BenchCli.RunAsync("runs", "--accept", "n1", "--db", connection);
        await BenchCli.RunAsync("runs", "--accept", "n2", "--db", connection);

        var excluded = await BenchCli.RunAsync("runs", "--exclude", "n2", "--reason", "noisy neighbour", "--db", connection);
        Assert.Equal(0, excluded.ExitCode);
        Assert.Equal(["n1"], await SelectAsync(database, "accepted:moe-sweep"));
        Assert.Empty(await SelectAsync(database, "nightly-n2"));

        Assert.Equal(0, (await BenchCli.RunAsync("runs", "--clear", "n1", "--db", connection)).ExitCode);
        Assert.Empty(await SelectAsync(database, "accepted:moe-sweep"));
        Assert.Equal(0, (await BenchCli.RunAsync("runs", "--clear", "n2", "--db", connection)).ExitCode);
        Assert.Equal(["n2"], await SelectAsync(database, "nightly-n2"));
    }

    [Fact]
    public async Task Marks_and_their_reasons_are_listed_and_survive_a_replacement_of_the_run()
    {
        var (database, connection) = await StoreAsync();
        await BenchCli.RunAsync("runs", "--accept", "n1", "--reason", "known good", "--db", connection);

        await new RunStore(database).SaveAsync(SampleRuns.Create("n1", "nightly-n1", startedAt: Night, tgBase: 999), CancellationToken.None);

        var listed = await new RunQueries(database).ListAsync(new RunFilter(RunId: "n1"), CancellationToken.None);
        Assert.Equal((true, false, "known good"), (listed[0].Accepted, listed[0].Excluded, listed[0].MarkReason));
        var table = await BenchCli.RunAsync("runs", "--db", connection);
        Assert.Contains("n1 (accepted)", table.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--accept", "nobody", "--accept: no stored run has the id 'nobody'")]
    [InlineData("--exclude", "nobody", "--exclude: no stored run has the id 'nobody'")]
    [InlineData("--reason", "why", "--reason: goes with --accept RUN or --exclude RUN")]
    public async Task A_mark_on_an_unknown_run_or_a_lone_reason_is_bad_input(string option, string value, string message)
    {
        var (_, connection) = await StoreAsync();

        var result = await BenchCli.RunAsync("runs", option, value, "--db", connection);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_takes_accepted_as_its_baseline()
    {
        var (_, connection) = await StoreAsync();
        await BenchCli.RunAsync("runs", "--accept", "n1", "--db", connection);

        var result = await BenchCli.RunAsync("compare", "--baseline", "accepted:moe-sweep", "--candidate", "n2", "--db", connection);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("baseline: n1", result.Error, StringComparison.Ordinal);
    }

    private async Task<(BenchDatabase Database, string Connection)> StoreAsync()
    {
        var connection = await postgres.Cluster.CreateDatabaseAsync();
        var database = new BenchDatabase(connection);
        var store = new RunStore(database);
        await store.SaveAsync(SampleRuns.Create("n1", "nightly-n1", startedAt: Night, tgBase: 1200), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("n2", "nightly-n2", startedAt: Night.AddDays(1), tgBase: 1210), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("m1", "manual", startedAt: Night.AddDays(2), scenario: "dense-only", tgBase: 900), CancellationToken.None);
        return (database, connection);
    }

    private static async Task<IReadOnlyList<string>> SelectAsync(BenchDatabase database, string selector, string? scenario = null) =>
        await new SampleQueries(database).RunIdsAsync(RunSelector.Parse(selector), new SampleFilter(scenario), CancellationToken.None);
}
