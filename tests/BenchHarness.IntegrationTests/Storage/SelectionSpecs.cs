using BenchHarness.Comparison;
using BenchHarness.Results;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>Three nightly runs on two server builds plus one manual run, stored once for every spec of the class.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SelectionSpecs(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly DateTimeOffset Night = new(2026, 11, 19, 2, 0, 0, TimeSpan.Zero);
    private BenchDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var store = new RunStore(database);
        await store.SaveAsync(SampleRuns.Create("n1", "nightly", "b8005-914dde72b", Night, tgBase: 1200), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("n2", "nightly", "b8005-914dde72b", Night.AddDays(1), tgBase: 1210), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("n3", "nightly", "b8010-abcdef123", Night.AddDays(2), tgBase: 1100), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("m1", "manual-check", "b8010-abcdef123", Night.AddDays(3), scenario: "dense-only", tgBase: 900), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("r1", "nightly", "b8011-0011223", Night.AddDays(4), RunStatus.Running), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("n2", "n2")]
    [InlineData("nightly", "n1,n2,n3,r1")]
    [InlineData("commit:914dde7", "n1,n2")]
    [InlineData("commit:ABCDEF1234567890", "n3,m1")]
    [InlineData("latest", "m1")]
    [InlineData("nobody", "")]
    public async Task Selector_finds_the_runs_it_names(string selector, string runIds)
    {
        var found = await new SampleQueries(database).RunIdsAsync(RunSelector.Parse(selector), SampleFilter.All, CancellationToken.None);

        Assert.Equal(runIds, string.Join(',', found));
    }

    [Fact]
    public async Task Latest_with_a_scenario_is_the_newest_completed_run_of_that_scenario()
    {
        var found = await new SampleQueries(database).RunIdsAsync(RunSelector.Parse("latest"), new SampleFilter("moe-sweep"), CancellationToken.None);

        Assert.Equal(["n3"], found);
    }

    [Fact]
    public async Task Case_samples_leave_out_warmups_and_failed_requests_and_group_by_case()
    {
        var cases = await new SampleQueries(database).CaseSamplesAsync(
            RunSelector.Parse("commit:914dde72b"), new SampleFilter(Variant: "cpu-moe"), CancellationToken.None);

        Assert.Equal(4, cases.Count); // two prompts x thinking default/on
        var shortDefault = Assert.Single(cases, c => c.Key.Prompt == "short" && c.Key.Thinking is null);
        Assert.Equal(new CaseKey("moe-sweep", "cpu-moe", "short", null, SampleRuns.Host.Fingerprint), shortDefault.Key);
        var expectedTg = new[] { 1200.0, 1210.0 }.SelectMany(b => Enumerable.Range(0, 8).Select(r => b + (r * 0.1234567)));
        Assert.Equal(expectedTg, shortDefault.Tg);
        Assert.Equal(16, shortDefault.Pp.Count);
        Assert.Equal(["n1", "n2"], shortDefault.RunIds);
        Assert.Single(shortDefault.LaunchKeys);
    }

    [Fact]
    public async Task Runs_are_listed_newest_first_and_filtered_by_commit_prefix()
    {
        var runs = await new RunQueries(database).ListAsync(new RunFilter(Commit: "abcdef1"), CancellationToken.None);

        Assert.Equal(["m1", "n3"], runs.Select(r => r.RunId));
        Assert.Equal("abcdef123", runs[0].Commits);
        Assert.Equal(2 * 2 * 2 * 10, runs[0].Samples);
    }

    [Fact]
    public async Task History_gives_one_tg_median_per_run_in_time_order_with_its_commit()
    {
        var points = await new HistoryQueries(database).PointsAsync(
            new SampleFilter("moe-sweep", "cpu-moe", "short"), CancellationToken.None);

        var withoutThinking = points.Where(p => p.Key.Thinking is null).ToList();
        Assert.Equal(["n1", "n2", "n3", "r1"], withoutThinking.Select(p => p.RunId));
        Assert.Equal(["914dde72b", "914dde72b", "abcdef123", "0011223"], withoutThinking.Select(p => p.Commit));
        // Median of base + r * 0.1234567 for r = 0..7 is base + 3.5 * 0.1234567.
        Assert.Equal(1200 + (3.5 * 0.1234567), withoutThinking[0].TgMedian, 9);
        Assert.All(withoutThinking, p => Assert.Equal(8, p.Samples));
    }
}
