using BenchHarness.IntegrationTests.Storage;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary>The database stops while a real run goes: nothing is lost, <c>bench import</c> brings the run in later.</summary>
public sealed class DatabaseStoppedMidRunSpecs : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("bench-stopped-");
    private TestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await TestCluster.StartAsync();

    public async Task DisposeAsync()
    {
        await cluster.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Run_whose_database_stops_at_its_first_sample_completes_and_imports_with_identical_figures()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var model = await AcceptanceScenario.SynthesizeModelAsync(folder.FullName);
        var plan = ScenarioLoader.Load(await AcceptanceScenario.WriteAsync(folder.FullName, "scenario.yaml", model), []);
        var results = Path.Combine(folder.FullName, "results");
        var pipeline = new RunPipeline(new RunOptions { ResultsRoot = results, Reason = "nightly" });
        Task? stopping = null;
        pipeline.Changed += run =>
        {
            if (stopping is null && run.Variants.Any(v => v.Samples.Count > 0))
            {
                stopping = cluster.StopServerAsync();
            }
        };

        var finished = await pipeline.RunAsync(plan, CancellationToken.None);
        await stopping!;
        var sink = await new DatabaseRunSink(connectionString).SaveAsync(finished, CancellationToken.None);
        await cluster.StartServerAsync();
        var import = await BenchCli.RunAsync("import", Path.Combine(results, finished.RunId), "--db", connectionString);

        Assert.Equal(RunStatus.Completed, finished.Status);
        Assert.Equal(AcceptanceScenario.Repeats + AcceptanceScenario.Warmups, finished.Variants.Single().Samples.Count);
        Assert.False(sink.Stored);
        Assert.Contains($"bench import results/{finished.RunId}", sink.Message, StringComparison.Ordinal);
        Assert.True(import.ExitCode == 0, import.Error);
        var stored = await new StoredRunReader(new BenchDatabase(connectionString)).ReadAsync(finished.RunId, CancellationToken.None);
        StoredFigures.AssertSame(MicrosecondTimes.Of(finished), stored!);
    }
}
