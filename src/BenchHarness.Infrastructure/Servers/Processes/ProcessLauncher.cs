using System.Diagnostics;
using BenchHarness.Planning;

namespace BenchHarness.Servers.Processes;

/// <summary>Starts llama-server as a child process: argument list (never a shell), environment, working folder.</summary>
public sealed class ProcessLauncher : IServerLauncher
{
    public Task<IRunningServer> LaunchAsync(ServerStart start, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var launch = start.Launch;
        var binary = launch.Binary ?? throw new InvalidOperationException($"variant {start.VariantName}: the process engine needs a binary");
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = launch.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in launch.ServerArgs)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in launch.Environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {binary}");
        IRunningServer server = new ProcessServer(process, start.Log, Localhost(launch));
        return Task.FromResult(server);
    }

    private static Uri Localhost(ServerLaunch launch) => new($"http://127.0.0.1:{launch.HostPort}/");
}
