using BenchHarness.Planning;
using BenchHarness.Servers.Ownership;
using CliWrap;

namespace BenchHarness.Servers.Processes;

/// <summary>
/// Starts llama-server as a child process with CliWrap: argument array (never a shell), environment, working
/// folder, both output streams line by line into the log. With a run folder, a pid file records the server and
/// its owner so a later start can remove it if this harness dies.
/// </summary>
public sealed class ProcessLauncher : IServerLauncher
{
    public async Task<IRunningServer> LaunchAsync(ServerStart start, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var launch = start.Launch;
        var binary = launch.Binary ?? throw new InvalidOperationException($"variant {start.VariantName}: the process engine needs a binary");
        var log = start.Log;
        var command = Cli.Wrap(binary)
            .WithArguments(launch.ServerArgs)
            .WithEnvironmentVariables(launch.Environment.ToDictionary(e => e.Key, e => (string?)e.Value))
            .WithWorkingDirectory(launch.WorkingDirectory ?? Environment.CurrentDirectory)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(log.Append))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(log.Append))
            .WithValidation(CommandResultValidation.None);

        var kill = new CancellationTokenSource();
        var running = command.ExecuteAsync(kill.Token);
        var server = new ProcessServer(running, kill, log, new Uri($"http://127.0.0.1:{launch.HostPort}/"), PidFile(start));
        try
        {
            await server.RecordOwnerAsync(start, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static string? PidFile(ServerStart start) =>
        start.RunFolder is { } folder ? ServerPidFile.PathFor(folder, Running.RunIds.Slug(start.VariantName)) : null;
}
