using BenchHarness.Storage;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>
/// A throwaway BENCH_DATA folder for the local cluster that <c>bench</c> starts itself; the cluster is stopped
/// and the folder removed afterwards.
/// </summary>
public sealed class LocalClusterFolder : IAsyncLifetime
{
    public DirectoryInfo Root { get; } = Directory.CreateTempSubdirectory("bench-data-");

    /// <summary>The environment to run <c>bench</c> with: BENCH_DATA inside <see cref="Root"/>.</summary>
    public Dictionary<string, string?> Environment { get; private set; } = null!;

    public string DataFolder => Path.Combine(Root.FullName, "pg");

    public async Task InitializeAsync()
    {
        // The postgres user must be able to reach the data folder inside this (root-only) temporary folder.
        await ClusterUser.TakeOwnershipAsync(Root.FullName, CancellationToken.None);
        Environment = new() { [EmbeddedCluster.DataFolderVariable] = DataFolder };
    }

    public async Task DisposeAsync()
    {
        await BenchCli.RunAsync(Environment, "db", "stop");
        Root.Delete(recursive: true);
    }
}
