namespace BenchHarness.Monitoring;

/// <summary>
/// Keeps heavy probes out of timed requests. A GPU reading starts <c>nvidia-smi</c>, a process that loads the
/// driver's management library and costs tens of milliseconds of CPU: run once a second during a request it would
/// compete with the server being measured. A timed request holds the gate for its whole exchange; a probe waits
/// for the request in flight and runs in the gap before the next, which waits for the probe before its clock starts.
/// Waiters are served in arrival order, so a probe queued during a request runs before the following request.
/// </summary>
public sealed class ProbeGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Held by a request while it is timed.</summary>
    public Task<IDisposable> TimedAsync(CancellationToken cancellationToken) => EnterAsync(cancellationToken);

    /// <summary>Held by a probe while it runs.</summary>
    public Task<IDisposable> ProbeAsync(CancellationToken cancellationToken) => EnterAsync(cancellationToken);

    public void Dispose() => _turn.Dispose();

    private async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        return new Turn(_turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
