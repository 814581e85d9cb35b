using BenchHarness.Scenarios.Schema;

namespace BenchHarness.Running;

/// <summary>
/// A time limit on one piece of work, linked to the caller's token: <see cref="Token"/> ends at the limit or on
/// the caller's cancellation, and <see cref="Expired"/> tells the two apart.
/// </summary>
internal sealed class LimitScope : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _outer;

    public LimitScope(TimeSpan limit, CancellationToken outer)
    {
        Limit = limit;
        _outer = outer;
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _source.CancelAfter(limit);
    }

    public TimeSpan Limit { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>The limit passed; the caller did not cancel.</summary>
    public bool Expired => _source.IsCancellationRequested && !_outer.IsCancellationRequested;

    public string Describe(string what) => $"{what} exceeded its time limit of {DurationText.Format(Limit)}";

    public void Dispose() => _source.Dispose();
}
