using BenchHarness.Comparison;
namespace BenchHarness.Storage.Queries;

/// <summary>
/// The measured samples (no warm-ups, no failed requests) of one case over the selected runs, ready for the
/// statistics: <see cref="Tg"/> and <see cref="Pp"/> are tokens per second, one entry per request, in run order.
/// </summary>
/// <param name="RunIds">The runs the samples came from.</param>
/// <param name="LaunchKeys">The server configurations measured; more than one means the settings differed.</param>
public sealed record CaseSamples(
    CaseKey Key,
    IReadOnlyList<double> Tg,
    IReadOnlyList<double> Pp,
    IReadOnlyList<string> RunIds,
    IReadOnlyList<string> LaunchKeys)
{
    /// <summary>The server start of each sample, parallel to <see cref="Tg"/>; empty means one start for all.</summary>
    public IReadOnlyList<SampleStart> Starts { get; init; } = [];
}

/// <summary>One server start (a variant launch) and its run's start time, which orders starts for pairing.</summary>
public sealed record SampleStart(long Id, DateTimeOffset StartedAt);
