namespace BenchHarness.Servers.Containers;

/// <summary>The container engine cannot be reached: the message names the socket or address and how to start podman's service.</summary>
public sealed class EngineUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static string HowToStart(string socketPath) =>
        $"Start podman's API service (`sudo bash scripts/setup-podman.sh`, `systemctl start podman.socket`, or `podman system service --time=0 unix://{socketPath} &`), "
        + "or pass --engine-socket / set DOCKER_HOST to a running engine.";
}
