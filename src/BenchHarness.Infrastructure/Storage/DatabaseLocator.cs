namespace BenchHarness.Storage;

/// <summary>
/// Picks the database: a connection string from <c>--db</c> or <c>BENCH_DB</c> is used as given (no server is
/// ever started for it); without one, the local <see cref="EmbeddedCluster"/> is started on demand.
/// </summary>
public static class DatabaseLocator
{
    public const string ConnectionVariable = "BENCH_DB";

    /// <summary>The connection string the user gave, or null when the embedded cluster applies.</summary>
    public static string? GivenConnectionString(string? option)
    {
        var given = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(ConnectionVariable) : option;
        return string.IsNullOrWhiteSpace(given) ? null : given;
    }

    public static async Task<BenchDatabase> ResolveAsync(string? option, CancellationToken cancellationToken)
    {
        var given = GivenConnectionString(option);
        return given is not null
            ? new BenchDatabase(given)
            : new BenchDatabase(await EmbeddedCluster.Default().StartAsync(cancellationToken));
    }
}
