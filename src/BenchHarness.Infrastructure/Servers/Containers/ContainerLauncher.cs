using System.Net;
using BenchHarness.Running;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Starts llama-server in a container through the Engine API (Docker or podman's compatible service):
/// create with the harness's labels, start, then follow its logs. A container that fails to start is removed.
/// </summary>
public sealed class ContainerLauncher(EngineApiClient engine) : IServerLauncher
{
    public async Task<IRunningServer> LaunchAsync(ServerStart start, CancellationToken cancellationToken)
    {
        var name = $"benchharness-{RunIds.Slug(start.RunId)}-{RunIds.Slug(start.VariantName)}";
        string id;
        try
        {
            var created = await engine.SendAsync(HttpMethod.Post, $"containers/create?name={Uri.EscapeDataString(name)}",
                ContainerSpec.CreateBody(start), cancellationToken);
            id = created.GetProperty("Id").GetString()!;
        }
        catch (OperationCanceledException)
        {
            // The engine may have created it before the call was abandoned: it is known only by name.
            await ContainerCleanup.RemoveAsync(engine, Uri.EscapeDataString(name));
            throw;
        }

        try
        {
            await engine.SendAsync(HttpMethod.Post, $"containers/{id}/start", null, cancellationToken, HttpStatusCode.NotModified);
            return ContainerServer.Attach(engine, id, start);
        }
        catch
        {
            await ContainerCleanup.RemoveAsync(engine, id);
            throw;
        }
    }
}
