using System.Globalization;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>
/// The database <c>bench</c> uses when no connection string is given: a PostgreSQL cluster in a data folder,
/// listening on 127.0.0.1 only, created and started on demand. The port is chosen free once and remembered in
/// the folder. Authentication is <c>trust</c> on loopback: no password exists to leak.
/// </summary>
public sealed class EmbeddedCluster(string folder)
{
    public const string DataFolderVariable = "BENCH_DATA";
    public const string UserName = "bench";
    public const string DatabaseName = "bench";

    public string Folder { get; } = Path.GetFullPath(folder);

    private string DataDirectory => Path.Combine(Folder, "cluster");
    private string PortFile => Path.Combine(Folder, "port");
    private string LogFile => Path.Combine(Folder, "postgres.log");

    /// <summary>BENCH_DATA, else ~/.local/share/benchharness/pg (root: /var/lib/benchharness/pg, which the postgres user can reach).</summary>
    public static EmbeddedCluster Default()
    {
        var configured = Environment.GetEnvironmentVariable(DataFolderVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new EmbeddedCluster(configured);
        }

        return ClusterUser.IsRoot
            ? new EmbeddedCluster("/var/lib/benchharness/pg")
            : new EmbeddedCluster(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "benchharness", "pg"));
    }

    public int? Port => File.Exists(PortFile) ? int.Parse(File.ReadAllText(PortFile).Trim(), CultureInfo.InvariantCulture) : null;

    /// <summary>How to reach the cluster (no password: there is none), or null before it was initialised.</summary>
    public string? ConnectionString => Port is { } port
        ? new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = UserName, Database = DatabaseName }.ConnectionString
        : null;

    public async Task<ClusterState> StateAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return ClusterState.NotInitialised;
        }

        var status = await ClusterUser.RunAsync("pg_ctl", ["status", "-D", DataDirectory], cancellationToken);
        return status.ExitCode == 0 ? ClusterState.Running : ClusterState.Stopped;
    }

    /// <summary>Initialises the cluster if needed, starts it if stopped, and returns its connection string.</summary>
    public async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        await using (await FolderLock.AcquireAsync(Path.Combine(Folder, ".lock"), cancellationToken))
        {
            var state = await StateAsync(cancellationToken);
            if (state == ClusterState.NotInitialised)
            {
                await InitialiseAsync(cancellationToken);
            }

            if (state != ClusterState.Running)
            {
                await RequireAsync("pg_ctl", ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile], cancellationToken);
            }

            await EnsureDatabaseAsync(cancellationToken);
        }

        return ConnectionString!;
    }

    /// <summary>Stops the cluster; false when it was not running.</summary>
    public async Task<bool> StopAsync(CancellationToken cancellationToken)
    {
        if (await StateAsync(cancellationToken) != ClusterState.Running)
        {
            return false;
        }

        await RequireAsync("pg_ctl", ["stop", "-w", "-m", "fast", "-D", DataDirectory], cancellationToken);
        return true;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true); // a half-made cluster from an interrupted initdb
        }

        await ClusterUser.TakeOwnershipAsync(Folder, cancellationToken);
        await RequireAsync("initdb", ["-D", DataDirectory, "-A", "trust", "-U", UserName, "-E", "UTF8", "--no-locale"], cancellationToken);

        var port = Net.LoopbackPort.Free();
        var quotedFolder = Folder.Replace("'", "''", StringComparison.Ordinal);
        await File.AppendAllTextAsync(
            Path.Combine(DataDirectory, "postgresql.conf"),
            $"\n# Set by bench: loopback only, on a port chosen once.\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{quotedFolder}'\n",
            cancellationToken);
        await File.WriteAllTextAsync(PortFile, port.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // A database name cannot be a parameter; this one is a constant.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task RequireAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await ClusterUser.RunAsync(program, arguments, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new StoreUnavailableException($"{program} {arguments[0]} failed for {Folder} (exit {result.ExitCode}): {result.Output}");
        }
    }

}
