using BenchHarness.Storage;
using Dapper;
using Npgsql;

namespace BenchHarness.IntegrationTests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class MigrationSpecs(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrating_an_up_to_date_database_applies_nothing()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var first = await SchemaMigrator.MigrateAsync(connection, CancellationToken.None);
        var second = await SchemaMigrator.MigrateAsync(connection, CancellationToken.None);

        Assert.Equal(MigrationCatalog.All.Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(MigrationCatalog.All.Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Two_processes_migrating_at_once_apply_each_migration_exactly_once()
    {
        var connectionString = await postgres.Cluster.CreateDatabaseAsync();
        await using var one = new NpgsqlConnection(connectionString);
        await using var two = new NpgsqlConnection(connectionString);
        await Task.WhenAll(one.OpenAsync(), two.OpenAsync());

        var applied = await Task.WhenAll(
            SchemaMigrator.MigrateAsync(one, CancellationToken.None),
            SchemaMigrator.MigrateAsync(two, CancellationToken.None));

        Assert.Equal(MigrationCatalog.All.Select(m => m.Version), applied.SelectMany(a => a).Order());
        Assert.Equal(1, await one.ExecuteScalarAsync<int>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'sample'"));
    }

    [Fact]
    public void Migrations_are_embedded_in_version_order_starting_at_one()
    {
        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Count), MigrationCatalog.All.Select(m => m.Version));
        Assert.Contains("CREATE TABLE sample", MigrationCatalog.All[0].Sql, StringComparison.Ordinal);
    }
}
