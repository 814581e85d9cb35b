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

    private static async Task CheckEngineAsync(string? engineSocket, CancellationToken cancellationToken)
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        var source = engineSocket is not null ? "--engine-socket" : dockerHost is not null ? "DOCKER_HOST" : "engine";
        EngineEndpoint endpoint;
        try
        {
            endpoint = EngineEndpoint.Resolve(engineSocket, dockerHost);
        }
        catch (Exception e) when (e is InvalidOperationException or UriFormatException)
        {
            throw new InputException(source, $"{e.Message}. {Hint}");
        }

        if (await EngineProbe.ProblemAsync(endpoint, EngineProbe.DefaultTimeout, cancellationToken) is { } problem)
        {
            throw new InputException(source, $"the container engine API at {endpoint} cannot be reached ({problem}). {Hint}");
        }
    }

    private const string Hint =
        "Start podman's API service (`sudo bash scripts/setup-podman.sh`, or `podman system service --time=0 unix:///run/podman/podman.sock &`), "
        + "or point --engine-socket / DOCKER_HOST at a running engine (unix:///path.sock or tcp://host:port)";
}
