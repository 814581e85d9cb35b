using BenchHarness.Planning;
using BenchHarness.Servers.Containers;
using BenchHarness.Storage;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// Configuration a run depends on, checked before the first server starts: the variants asked for, the
/// database connection string, and (when any variant runs in a container) that the engine's API answers.
/// Each problem is an <see cref="InputException"/>: exit 2, nothing started, no run folder written.
/// </summary>
internal static class RunPreflight
{
    public static async Task CheckAsync(ScenarioPlan plan, IReadOnlyList<string> variants, string? engineSocket, string? db, bool noDb, CancellationToken cancellationToken)
    {
        var selected = VariantFilter.Only(plan, variants);
        if (!noDb)
        {
            DatabaseLocator.GivenConnectionString(db);
        }

        if (selected.Variants.Any(v => v.Launch.Engine != EngineKind.Process))
        {
            await CheckEngineAsync(engineSocket, cancellationToken);
        }
    }

    /// <summary>The same connection (and ping) the launchers open, made once before anything starts.</summary>
    private static async Task CheckEngineAsync(string? engineSocket, CancellationToken cancellationToken)
    {
        var source = engineSocket is not null ? "--engine-socket" : Environment.GetEnvironmentVariable("DOCKER_HOST") is not null ? "DOCKER_HOST" : "engine";
        try
        {
            using var engine = await EngineConnection.OpenAsync(EngineEndpoint.Resolve(engineSocket, Environment.GetEnvironmentVariable("DOCKER_HOST")), cancellationToken);
        }
        catch (EngineUnavailableException e)
        {
            throw new InputException(source, e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or UriFormatException)
        {
            throw new InputException(source, $"{e.Message}. {EngineUnavailableException.HowToStart(EngineEndpoint.DefaultSockets[0])}");
        }
    }
}
