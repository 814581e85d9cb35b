using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BenchHarness.Storage;
using Npgsql;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder on a free loopback port, run as the postgres user
/// when the tests run as root. Each test class takes its own database from it.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private TestCluster(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }
    public int Port { get; }
    private string DataDirectory => Path.Combine(Folder, "data");

    public static async Task<TestCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("bench-pg-").FullName;
        await ClusterUser.TakeOwnershipAsync(folder, CancellationToken.None);
        var cluster = new TestCluster(folder, FreePort());
        await cluster.RequireAsync("initdb", ["-D", cluster.DataDirectory, "-A", "trust", "-U", "bench"]);
        await cluster.StartServerAsync();
        return cluster;
    }

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "bench", Database = database, Pooling = false }.ConnectionString;

    /// <summary>A new, empty database: tests sharing the cluster never see each other's rows.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public Task StartServerAsync() => RequireAsync("pg_ctl", [
        "-D", DataDirectory, "-l", Path.Combine(Folder, "log"), "-w",
        "-o", string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1"), "start",
    ]);

    public Task StopServerAsync() => RequireAsync("pg_ctl", ["-D", DataDirectory, "-w", "-m", "fast", "stop"]);

    public async ValueTask DisposeAsync()
    {
        await ClusterUser.RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "-m", "immediate", "stop"], CancellationToken.None);
        Directory.Delete(Folder, recursive: true);
    }

    private async Task RequireAsync(string program, IReadOnlyList<string> arguments)
    {
        var result = await ClusterUser.RunAsync(program, arguments, CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"{program} failed: {result.Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
