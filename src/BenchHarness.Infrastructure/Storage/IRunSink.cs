using BenchHarness.Results;

namespace BenchHarness.Storage;

/// <summary>
/// Where a finished (or interrupted) run goes after <c>run.json</c> is written. A sink never throws for an
/// unreachable store: the run is safe in <c>results/</c> and the outcome says how to load it later.
/// </summary>
public interface IRunSink
{
    Task<SinkResult> SaveAsync(RunResult run, CancellationToken cancellationToken);
}

/// <param name="Stored">True when the run is in the store (inserted, replaced or already there).</param>
/// <param name="Message">One line for the user, never containing a password.</param>
public sealed record SinkResult(bool Stored, string Message);
