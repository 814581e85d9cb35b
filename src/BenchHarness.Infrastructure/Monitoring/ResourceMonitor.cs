using System.Diagnostics;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Monitoring;

/// <summary>
/// Samples a running server's CPU% and RSS and every GPU about once a second until disposed, and reports
/// each sample. A failed reading is skipped: monitoring never stops a run. CPU and RSS come from /proc (a file
/// read); the GPU reading runs a process, so it waits for its turn at the <see cref="ProbeGate"/> and never runs
/// during a timed request.
/// </summary>
public sealed class ResourceMonitor : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly IRunningServer _server;
    private readonly Stopwatch _sinceLaunch;
    private readonly Action<ResourceSample> _onSample;
    private readonly ProbeGate? _gate;
    private readonly Func<CancellationToken, Task<IReadOnlyList<GpuSample>>> _gpus;

    /// <param name="gate">The gate the timed requests hold; null when nothing is timed (the GPU is read at any time).</param>
    /// <param name="gpus">The GPU reading; <see cref="NvidiaSmi.SampleAsync"/> unless given.</param>
    public ResourceMonitor(
        IRunningServer server,
        Stopwatch sinceLaunch,
        Action<ResourceSample> onSample,
        ProbeGate? gate = null,
        TimeSpan? interval = null,
        Func<CancellationToken, Task<IReadOnlyList<GpuSample>>>? gpus = null)
    {
        _server = server;
        _sinceLaunch = sinceLaunch;
        _onSample = onSample;
        _gate = gate;
        _gpus = gpus ?? NvidiaSmi.SampleAsync;
        _loop = RunAsync(interval ?? TimeSpan.FromSeconds(1), _stop.Token);
    }

    /// <summary>Stops sampling after one closing reading, so even a short variant has a CPU% (it needs two readings).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        if (!_server.Exited.IsCompleted && await TrySampleAsync(CancellationToken.None) is { } last)
        {
            _onSample(last);
        }
    }

    private async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            // The first reading is taken at once, so even a variant shorter than the interval has one.
            do
            {
                if (_server.Exited.IsCompleted)
                {
                    break;
                }

                if (await TrySampleAsync(cancellationToken) is { } sample)
                {
                    _onSample(sample);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
    }

    private async Task<IReadOnlyList<GpuSample>> ReadGpusAsync(CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return await _gpus(cancellationToken);
        }

        using (await _gate.ProbeAsync(cancellationToken))
        {
            return await _gpus(cancellationToken);
        }
    }

    private async Task<ResourceSample?> TrySampleAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reading = await _server.ReadResourcesAsync(cancellationToken);
            var gpus = await ReadGpusAsync(cancellationToken);
            return new ResourceSample
            {
                AtMs = _sinceLaunch.Elapsed.TotalMilliseconds,
                CpuPercent = reading.CpuPercent,
                RssMib = reading.RssMib,
                Gpus = gpus,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any reading may fail (a process that just exited, an engine without stats): skip this one.
            return null;
        }
    }
}
