using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary>
/// A real run's clock readings carry 100 ns ticks; PostgreSQL's timestamptz keeps microseconds. Figures
/// (tokens, milliseconds, rates) must come back bit-for-bit; times are compared at the store's resolution.
/// </summary>
internal static class MicrosecondTimes
{
    public static RunResult Of(RunResult run) => run with
    {
        StartedAt = Truncate(run.StartedAt),
        FinishedAt = run.FinishedAt is { } finished ? Truncate(finished) : null,
        Variants = run.Variants.Select(v => v with { Samples = v.Samples.Select(s => s with { At = Truncate(s.At) }).ToList() }).ToList(),
    };

    private static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));
}
