namespace BenchHarness.Metrics;

/// <summary>
/// What <c>/metrics</c> and <c>/slots</c> said at one moment between timed requests: before a variant's first case
/// or after one finished.
/// </summary>
public sealed record MetricsSnapshot
{
    /// <summary>Milliseconds since the server was launched.</summary>
    public required double AtMs { get; init; }

    /// <summary>The case just finished (<c>variant/prompt/thinking repeat N</c>); absent for the snapshot before the first case.</summary>
    public string? AfterCase { get; init; }

    /// <summary>Requests the server's log had reported by then: the log's requests between two snapshots are those between these counts.</summary>
    public required int LogRequests { get; init; }

    /// <summary>Every series <c>/metrics</c> returned (counters and gauges, by their Prometheus series name); non-finite values are left out.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();

    /// <summary>Absent when <c>/slots</c> is off (<c>--no-slots</c>) or did not answer.</summary>
    public IReadOnlyList<SlotState>? Slots { get; init; }

    /// <summary>Why <c>/slots</c> gave nothing (off with <c>--no-slots</c>, or an answer that is not a list of slots).</summary>
    public string? SlotsError { get; init; }

    /// <summary>Why <c>/metrics</c> gave nothing usable at this moment (the snapshot then takes no part in the check).</summary>
    public string? Error { get; init; }

    public static MetricsSnapshot From(double atMs, string? afterCase, int logRequests, IEnumerable<PrometheusSample> samples) => new()
    {
        AtMs = atMs,
        AfterCase = afterCase,
        LogRequests = logRequests,
        Values = samples.Where(s => double.IsFinite(s.Value))
            .GroupBy(s => s.Series, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
    };
}
