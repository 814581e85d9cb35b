using BenchHarness.Running;
using BenchHarness.Servers.Ownership;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Starts llama-server in a container through Docker.DotNet (Docker, or podman's compatible service): create
/// with the harness's and the owner's labels, start, then follow its logs. A container that fails to start is removed.
/// </summary>
public sealed class ContainerLauncher(IDockerClient engine) : IServerLauncher
{
    public async Task<IRunningServer> LaunchAsync(ServerStart start, CancellationToken cancellationToken)
    {
        var name = $"benchharness-{RunIds.Slug(start.RunId)}-{RunIds.Slug(start.VariantName)}";
        var parameters = ContainerSpec.Create(start, name, ServerOwner.ThisHarness(start.RunId));
        string id;
        try
        {
            id = (await engine.Containers.CreateContainerAsync(parameters, cancellationToken)).ID;
        }
        catch (OperationCanceledException)
        {
            // The engine may have created it before the call was abandoned: it is known only by name.
            await ContainerCleanup.RemoveAsync(engine, name);
            throw;
        }

        try
        {
            await engine.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
            var mainProcess = await ContainerProcess.FindAsync(engine, id, cancellationToken);
            return new ContainerServer(engine, id, start, mainProcess);
        }
        catch
        {
            await ContainerCleanup.RemoveAsync(engine, id);
            throw;
        }
    }
}
