using System.Diagnostics;
using BenchHarness.Servers.Containers;

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
    public EngineApiClient Engine { get; private set; } = null!;

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

        Engine = new EngineApiClient(EngineEndpoint.Parse($"unix://{Socket}"));
        await Engine.SendAsync(HttpMethod.Get, "_ping", null, CancellationToken.None);
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
