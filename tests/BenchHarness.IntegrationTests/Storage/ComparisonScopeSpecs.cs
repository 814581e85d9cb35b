using BenchHarness.Comparison;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Comparison;
using BenchHarness.Storage.Queries;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>
/// <c>bench compare</c>'s selection against a real store: an unknown <c>--variant</c> or <c>--prompt</c> is bad
/// input like an unknown <c>--scenario</c>, and comparing runs with themselves is warned about.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ComparisonScopeSpecs(PostgresFixture postgres) : IAsyncLifetime
{
    private BenchDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var store = new RunStore(database);
        await store.SaveAsync(SampleRuns.Create("a1", "base"), CancellationToken.None);
        await store.SaveAsync(SampleRuns.Create("b1", "cand", startedAt: DateTimeOffset.UtcNow.AddDays(-1)), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<StoredComparisonResult> CompareAsync(string baseline, string candidate, SampleFilter filter) =>
        new StoredComparison(database).CompareAsync(
            new ComparisonRequest(RunSelector.Parse(baseline), RunSelector.Parse(candidate), filter, ComparisonOptions.Default),
            CancellationToken.None);

    [Fact]
    public async Task An_unknown_variant_is_bad_input_listing_the_stored_variants()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => CompareAsync("base", "cand", new SampleFilter(Variant: "nosuch")));

        Assert.Equal("--variant: no measured sample of the selected runs has variant 'nosuch'; the selected runs have: cpu-moe, dense", error.Errors.Single().ToString());
    }

    [Fact]
    public async Task An_unknown_prompt_is_bad_input_too()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => CompareAsync("base", "cand", new SampleFilter(Prompt: "medium")));

        Assert.Equal("--prompt: no measured sample of the selected runs has prompt 'medium'; the selected runs have: long, short", error.Errors.Single().ToString());
    }

    [Fact]
    public async Task A_known_variant_compares()
    {
        var result = await CompareAsync("base", "cand", new SampleFilter(Variant: "dense"));

        Assert.All(result.Report.Cases, c => Assert.Equal("dense", c.Case.Variant));
        Assert.NotEmpty(result.Report.Cases);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("same runs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Comparing_a_run_with_itself_warns_that_every_case_is_compared_with_itself()
    {
        var result = await CompareAsync("a1", "base", SampleFilter.All);

        Assert.Contains("baseline and candidate select the same runs (a1): every case is compared with itself", result.Warnings);
    }
}
