namespace BenchHarness.Storage;

/// <summary>
/// Picks the database: a connection string (or <c>postgresql://</c> URL) from <c>--db</c> or <c>BENCH_DB</c> is used (no server is
/// ever started for it); without one, the local <see cref="EmbeddedCluster"/> is started on demand.
/// </summary>
public static class DatabaseLocator
{
    public const string ConnectionVariable = "BENCH_DB";

    /// <summary>
    /// The connection string the user gave, in Npgsql's keyword form (a <c>postgresql://</c> URL is converted),
    /// or null when the embedded cluster applies. Throws <see cref="InputException"/> for one that cannot be used.
    /// </summary>
    public static string? GivenConnectionString(string? option)
    {
        var fromOption = !string.IsNullOrWhiteSpace(option);
        var given = fromOption ? option : Environment.GetEnvironmentVariable(ConnectionVariable);
        return string.IsNullOrWhiteSpace(given) ? null : PostgresConnectionText.Normalize(given, fromOption ? "--db" : ConnectionVariable);
    }

    public static async Task<BenchDatabase> ResolveAsync(string? option, CancellationToken cancellationToken)
    {
        var given = GivenConnectionString(option);
        return given is not null
            ? new BenchDatabase(given)
            : new BenchDatabase(await EmbeddedCluster.Default().StartAsync(cancellationToken));
    }
}
