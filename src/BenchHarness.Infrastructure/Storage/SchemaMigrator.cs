using Dapper;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>
/// Brings a database to the newest schema. Every step runs in one transaction holding a transaction-level
/// advisory lock, so concurrent <c>bench</c> processes apply each migration exactly once and never see half a schema.
/// </summary>
public static class SchemaMigrator
{
    // Any constant shared by every bench process; spells "bench" in ASCII.
    private const long LockKey = 0x62656e6368;

    /// <summary>Applies the missing migrations and returns their versions (empty when the schema was current).</summary>
    /// <param name="upToVersion">Stop after this version: an older schema, for migration specs and the storage benchmark.</param>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken, int? upToVersion = null)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@key)", new { key = LockKey }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    int         PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, transaction: transaction, cancellationToken: cancellationToken));

        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();

        var newlyApplied = new List<int>();
        foreach (var migration in MigrationCatalog.All.Where(m => !applied.Contains(m.Version) && m.Version <= (upToVersion ?? int.MaxValue)))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name) VALUES (@Version, @Name)", migration, transaction, cancellationToken: cancellationToken));
            newlyApplied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return newlyApplied;
    }
}
