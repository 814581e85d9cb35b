using BenchHarness.IntegrationTests.Storage;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary>A throwaway PostgreSQL cluster with one database, a synthesized model and the two scenario files.</summary>
public sealed class ComparisonFixture : IAsyncLifetime
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("bench-compare-");
    public TestCluster Cluster { get; private set; } = null!;
    public string ConnectionString { get; private set; } = null!;
    public string Model { get; private set; } = null!;
    public string BaselineScenario { get; private set; } = null!;
    public string SlowerScenario { get; private set; } = null!;
    public string Results => Path.Combine(Folder.FullName, "results");

    public async Task InitializeAsync()
    {
        Cluster = await TestCluster.StartAsync();
        ConnectionString = await Cluster.CreateDatabaseAsync();
        Model = await AcceptanceScenario.SynthesizeModelAsync(Folder.FullName);
        BaselineScenario = await AcceptanceScenario.WriteAsync(Folder.FullName, "baseline.yaml", Model);
        SlowerScenario = await AcceptanceScenario.WriteAsync(Folder.FullName, "slower.yaml", Model, AcceptanceScenario.SlowerArgs);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Folder.Delete(recursive: true);
    }
}
