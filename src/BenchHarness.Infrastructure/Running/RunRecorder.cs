using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// The run's results as they grow. Every change makes a new immutable <see cref="RunResult"/> and rewrites
/// <c>run.json</c>, so a crash keeps everything finished. Writes are serialised; callers may come from the
/// sampler and the case loop at once.
/// </summary>
public sealed class RunRecorder(string runFolder, RunResult initial)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly object _gate = new();
    private RunResult _current = initial;

    public string RunFolder { get; } = runFolder;

    public RunResult Current { get { lock (_gate) { return _current; } } }

    public event Action<RunResult>? Changed;

    public Task UpdateRunAsync(Func<RunResult, RunResult> change) => ApplyAsync(change);

    /// <summary>Adds the variant, or (when resuming) starts its next attempt: new launch and log, earlier samples kept.</summary>
    public Task AddOrResetVariantAsync(VariantResult variant) =>
        ApplyAsync(run => run.Variants.Any(v => v.Name == variant.Name)
            ? run with
            {
                Variants = run.Variants.Select(v => v.Name != variant.Name ? v : v with
                {
                    Status = VariantStatus.Running,
                    Failure = null,
                    Launch = variant.Launch,
                    LogFile = variant.LogFile,
                }).ToArray(),
            }
            : run with { Variants = [.. run.Variants, variant] });

    public Task UpdateVariantAsync(string name, Func<VariantResult, VariantResult> change) =>
        ApplyAsync(run => run with { Variants = run.Variants.Select(v => v.Name == name ? change(v) : v).ToArray() });

    /// <summary>Adds in memory only; the next write carries it (resource samples arrive every second).</summary>
    public void AddResourceSample(string variant, ResourceSample sample)
    {
        lock (_gate)
        {
            _current = _current with
            {
                Variants = _current.Variants.Select(v => v.Name == variant ? v with { Resources = [.. v.Resources, sample] } : v).ToArray(),
            };
        }
    }

    private async Task ApplyAsync(Func<RunResult, RunResult> change)
    {
        RunResult snapshot;
        lock (_gate)
        {
            _current = change(_current);
            snapshot = _current;
        }

        // Not cancellable: a cancelled run still records how far it got.
        await _writeLock.WaitAsync(CancellationToken.None);
        try
        {
            await RunResultFile.WriteAsync(RunFolder, Current, CancellationToken.None);
        }
        finally
        {
            _writeLock.Release();
        }

        Changed?.Invoke(snapshot);
    }
}
