using System.Net.Sockets;
using BenchHarness.Results;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>Saves runs to PostgreSQL; when the database cannot be reached it reports that and the run stays in <c>results/</c>.</summary>
public sealed class DatabaseRunSink(string? connectionOption) : IRunSink
{
    public async Task<SinkResult> SaveAsync(RunResult run, CancellationToken cancellationToken)
    {
        var given = DatabaseLocator.GivenConnectionString(connectionOption);
        try
        {
            var database = await DatabaseLocator.ResolveAsync(connectionOption, cancellationToken);
            var outcome = await new RunStore(database).SaveAsync(run, cancellationToken);
            var samples = run.Variants.Sum(v => v.Samples.Count);
            return new SinkResult(true, $"database: run {run.RunId} {Describe(outcome)} ({samples} samples) in {database.DisplayName}");
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or StoreUnavailableException or IOException)
        {
            var reason = given is null ? e.Message : ConnectionStrings.Mask(e.Message, given);
            return new SinkResult(false,
                $"database unreachable, run {run.RunId} kept in results/ only: {reason}. Load it later with `bench import results/{run.RunId}`");
        }
    }

    public static string Describe(SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.Inserted => "stored",
        SaveOutcome.Replaced => "replaced",
        _ => "already stored, unchanged",
    };
}
