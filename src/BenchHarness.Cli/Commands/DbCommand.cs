using System.CommandLine;
using BenchHarness.Cli.Storage;
using BenchHarness.Storage;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench db status|start|stop|url</c>: the local PostgreSQL cluster used when no connection string is given.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Manage the local PostgreSQL cluster (used when neither --db nor BENCH_DB is set).");
        command.Subcommands.Add(Sub("status", "Show whether the local cluster is initialised and running.", StatusAsync));
        command.Subcommands.Add(Sub("start", "Initialise (first time) and start the local cluster.", StartAsync));
        command.Subcommands.Add(Sub("stop", "Stop the local cluster.", StopAsync));
        command.Subcommands.Add(Sub("url", "Print the connection string in use (never with a password).", UrlAsync));
        return command;
    }

    private static Command Sub(string name, string description, Func<string?, CancellationToken, Task<int>> action)
    {
        var db = DatabaseOption.Create();
        var command = new Command(name, description) { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var option = parse.GetValue(db);
            return DatabaseOption.RunAsync(option, () => action(option, cancellationToken));
        });
        return command;
    }

    private static async Task<int> StatusAsync(string? option, CancellationToken cancellationToken)
    {
        if (DatabaseLocator.GivenConnectionString(option) is { } given)
        {
            var database = new BenchDatabase(given);
            await using var connection = await database.OpenAsync(cancellationToken);
            Console.WriteLine($"external server reachable: {database.DisplayName}");
            return ExitCodes.Ok;
        }

        var cluster = EmbeddedCluster.Default();
        var state = await cluster.StateAsync(cancellationToken);
        Console.WriteLine($"local cluster in {cluster.Folder}: {Describe(state)}");
        if (state == ClusterState.Running)
        {
            Console.WriteLine(cluster.ConnectionString);
        }

        return state == ClusterState.Running ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static async Task<int> StartAsync(string? option, CancellationToken cancellationToken)
    {
        if (RefuseExternal(option, "start"))
        {
            return ExitCodes.BadInput;
        }

        var cluster = EmbeddedCluster.Default();
        var connectionString = await cluster.StartAsync(cancellationToken);
        await using (await new BenchDatabase(connectionString).OpenAsync(cancellationToken))
        {
            Console.WriteLine($"local cluster in {cluster.Folder}: running, schema current");
        }

        Console.WriteLine(connectionString);
        return ExitCodes.Ok;
    }

    private static async Task<int> StopAsync(string? option, CancellationToken cancellationToken)
    {
        if (RefuseExternal(option, "stop"))
        {
            return ExitCodes.BadInput;
        }

        var cluster = EmbeddedCluster.Default();
        var stopped = await cluster.StopAsync(cancellationToken);
        Console.WriteLine($"local cluster in {cluster.Folder}: {(stopped ? "stopped" : "was not running")}");
        return ExitCodes.Ok;
    }

    private static Task<int> UrlAsync(string? option, CancellationToken cancellationToken)
    {
        var given = DatabaseLocator.GivenConnectionString(option);
        var url = given is not null ? ConnectionStrings.WithoutPassword(given) : EmbeddedCluster.Default().ConnectionString;
        if (url is null)
        {
            Console.Error.WriteLine("error: the local cluster is not initialised yet; run `bench db start`");
            return Task.FromResult(ExitCodes.Failed);
        }

        Console.WriteLine(url);
        return Task.FromResult(ExitCodes.Ok);
    }

    private static bool RefuseExternal(string? option, string verb)
    {
        if (DatabaseLocator.GivenConnectionString(option) is not { } given)
        {
            return false;
        }

        Console.Error.WriteLine($"error: a connection string is set ({ConnectionStrings.WithoutPassword(given)}); bench does not {verb} external servers");
        return true;
    }

    private static string Describe(ClusterState state) => state switch
    {
        ClusterState.NotInitialised => "not initialised (created on first use)",
        ClusterState.Stopped => "stopped",
        _ => "running",
    };
}
