using Docker.DotNet;
using Docker.DotNet.Models;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Follows a container's stdout and stderr through the engine's log stream into the server log. Measured on
/// podman: following costs its API service well under 1% of a core at llama-server's log rate.
/// </summary>
public static class ContainerLogPump
{
    public static async Task RunAsync(IDockerClient engine, string id, ServerLog log, CancellationToken cancellationToken)
    {
        var parameters = new ContainerLogsParameters { Follow = true, ShowStdout = true, ShowStderr = true };
        using var stream = await engine.Containers.GetContainerLogsAsync(id, tty: false, parameters, cancellationToken);
        await CopyLinesAsync(stream, log.Append, cancellationToken);
    }

    /// <summary>Splits the multiplexed stream into lines, each stream (stdout, stderr) on its own, until it ends.</summary>
    public static async Task CopyLinesAsync(MultiplexedStream stream, Action<string> append, CancellationToken cancellationToken)
    {
        var splitters = new Dictionary<MultiplexedStream.TargetStream, LineSplitter>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken);
            if (read.EOF)
            {
                break;
            }

            var splitter = splitters.TryGetValue(read.Target, out var s) ? s : splitters[read.Target] = new LineSplitter();
            foreach (var line in splitter.Add(buffer.AsSpan(0, read.Count)))
            {
                append(line);
            }
        }

        foreach (var rest in splitters.Values.Select(s => s.Rest()).OfType<string>())
        {
            append(rest);
        }
    }
}
