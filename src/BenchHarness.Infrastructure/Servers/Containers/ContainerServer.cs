using System.Net;
using System.Text.Json;

namespace BenchHarness.Servers.Containers;

/// <summary>A llama-server container: its followed logs feed the log; stopping stops and removes it.</summary>
internal sealed class ContainerServer : IRunningServer
{
    private const int StopGraceSeconds = 10;
    private readonly EngineApiClient _engine;
    private readonly string _id;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Task _logPump;
    private readonly Task<ServerExit> _exited;
    private readonly ContainerStats _stats;
    private int _removed;

    private ContainerServer(EngineApiClient engine, string id, ServerStart start)
    {
        _engine = engine;
        _id = id;
        Log = start.Log;
        BaseAddress = new Uri($"http://127.0.0.1:{start.Launch.HostPort}/");
        _stats = new ContainerStats(engine, id);
        _logPump = PumpLogsAsync(_lifetime.Token);
        _exited = WaitForExitAsync(_lifetime.Token);
    }

    public Uri BaseAddress { get; }
    public ServerLog Log { get; }
    public Task<ServerExit> Exited => _exited;
    public string Id => _id;

    public static ContainerServer Attach(EngineApiClient engine, string id, ServerStart start) => new(engine, id, start);

    public Task<ResourceReading> ReadResourcesAsync(CancellationToken cancellationToken) => _stats.ReadAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_exited.IsCompleted)
        {
            try
            {
                // The engine sends SIGTERM, then SIGKILL after the grace period.
                await _engine.SendAsync(HttpMethod.Post, $"containers/{_id}/stop?t={StopGraceSeconds}", null, cancellationToken,
                    HttpStatusCode.NotModified, HttpStatusCode.NotFound);
                await _exited.WaitAsync(TimeSpan.FromSeconds(StopGraceSeconds + 5), cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                // RemoveAsync below forces it.
            }
        }

        await RemoveOnceAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(CancellationToken.None);
        }
        finally
        {
            await RemoveOnceAsync();
            _lifetime.Cancel();
            await Task.WhenAll(_logPump, _exited).ContinueWith(_ => { }, TaskScheduler.Default);
            _lifetime.Dispose();
        }
    }

    private async Task RemoveOnceAsync()
    {
        if (Interlocked.Exchange(ref _removed, 1) == 0)
        {
            await ContainerCleanup.RemoveAsync(_engine, _id);
        }
    }

    private async Task PumpLogsAsync(CancellationToken cancellationToken)
    {
        using var response = await _engine.OpenStreamAsync($"containers/{_id}/logs?follow=true&stdout=true&stderr=true", cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var line in EngineLogFrames.ReadLinesAsync(stream, cancellationToken))
        {
            Log.Append(line);
        }
    }

    private async Task<ServerExit> WaitForExitAsync(CancellationToken cancellationToken)
    {
        var waited = await _engine.SendAsync(HttpMethod.Post, $"containers/{_id}/wait", null, cancellationToken);
        int? code = waited.ValueKind == JsonValueKind.Object && waited.TryGetProperty("StatusCode", out var c) ? c.GetInt32() : null;
        await _logPump.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        var oom = false;
        try
        {
            var inspect = await _engine.SendAsync(HttpMethod.Get, $"containers/{_id}/json", null, cancellationToken);
            var state = inspect.GetProperty("State");
            oom = state.TryGetProperty("OOMKilled", out var o) && o.ValueKind == JsonValueKind.True;
            code = state.TryGetProperty("ExitCode", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : code;
        }
        catch (EngineApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            // removed already: keep the wait's exit code
        }

        return new ServerExit(code, oom);
    }
}
