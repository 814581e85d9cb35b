using System.Diagnostics;
using BenchHarness.Servers.Containers;
using Docker.DotNet;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// podman's Docker-compatible API service on a private socket for one spec class, and the llama-server image
/// (made by docker/build-image.sh when missing). Stopped and its socket removed afterwards.
/// </summary>
public sealed class PodmanService : IAsyncLifetime
{
    private readonly string _folder = TestAssets.TempFolder("bench-podman");
    private Process? _service;

    public string Socket => Path.Combine(_folder, "api.sock");
    public DockerClient Engine { get; private set; } = null!;

    /// <summary>The API service's own process, whose CPU time shows what the harness's engine calls cost.</summary>
    public int ServicePid => _service?.Id ?? throw new InvalidOperationException("the service is not running");

    public async Task InitializeAsync()
    {
        await RunAsync(Path.Combine(TestAssets.RepositoryRoot, "docker", "build-image.sh"), TestAssets.LlamaServer, TestAssets.Image);
        var info = new ProcessStartInfo("podman") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "system", "service", "--time=0", $"unix://{Socket}" })
        {
            info.ArgumentList.Add(arg);
        }

        _service = Process.Start(info)!;
        try
        {
            await ConnectAsync();
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture whose start failed
            throw;
        }
    }

    private async Task ConnectAsync()
    {
        using var watcher = new FileSystemWatcher(_folder, "api.sock") { EnableRaisingEvents = true };
        if (!File.Exists(Socket))
        {
            watcher.WaitForChanged(WatcherChangeTypes.Created, TimeSpan.FromSeconds(30));
        }

        // The socket file appears a moment before the service accepts on it.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                Engine = await EngineConnection.OpenAsync(EngineEndpoint.Parse($"unix://{Socket}"), CancellationToken.None);
                return;
            }
            catch (EngineUnavailableException) when (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        Engine?.Dispose();
        Engine = null!;
        if (_service is not null)
        {
            _service.Kill(entireProcessTree: true);
            await _service.WaitForExitAsync();
            _service.Dispose();
            _service = null;
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {await error}");
        }
    }
}
