using System.CommandLine;
using BenchHarness.Storage;
using Npgsql;

namespace BenchHarness.Cli.Storage;

/// <summary>The <c>--db</c> option every database command takes, and how those commands report an unreachable store.</summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"PostgreSQL connection string, Host=...;Username=... or postgresql://user:pass@host:port/db (default: ${DatabaseLocator.ConnectionVariable}, else the local cluster in ${EmbeddedCluster.DataFolderVariable})",
    };

    /// <summary>Runs a database action; an unreachable store becomes one clear line and exit code 1, without the password.</summary>
    public static async Task<int> RunAsync(string? option, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is NpgsqlException or StoreUnavailableException or System.Net.Sockets.SocketException)
        {
            var given = DatabaseLocator.GivenConnectionString(option);
            var message = given is null ? e.Message : ConnectionStrings.Mask(e.Message, given);
            Console.Error.WriteLine($"error: database: {message}");
            return ExitCodes.Failed;
        }
    }
}
