using System.Collections.Concurrent;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>
/// A PostgreSQL server holding runs. Opening a connection migrates the schema first (once per process and
/// server), so every command may assume the newest schema.
/// </summary>
public sealed class BenchDatabase(string connectionString)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task>> Migrated = new(StringComparer.Ordinal);

    public string ConnectionString { get; } = connectionString;

    /// <summary>The connection string without its password, for messages.</summary>
    public string DisplayName => ConnectionStrings.WithoutPassword(ConnectionString);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var migration = Migrated.GetOrAdd(ConnectionString, _ => new Lazy<Task>(() => MigrateAsync(cancellationToken)));
            try
            {
                await migration.Value;
            }
            catch
            {
                Migrated.TryRemove(ConnectionString, out _);
                throw;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await SchemaMigrator.MigrateAsync(connection, cancellationToken);
    }
}
