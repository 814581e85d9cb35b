namespace BenchHarness.Metrics;

/// <summary>The run summary's line about a variant's server metrics: flagged when they disagree with the log or could not be checked.</summary>
public sealed record MetricsVerdict(bool Flagged, string Headline, string Detail)
{
    public static MetricsVerdict Of(ServerMetricsRecord metrics) => metrics.Check switch
    {
        null => new(true, "server metrics not checked",
            metrics.Snapshots.Select(s => s.Error).FirstOrDefault(e => e is not null) ?? "fewer than two readings of /metrics"),
        { Disagrees: true } check => new(true, "server metrics disagree with the log", string.Join("; ", check.Reasons)),
        var check => new(false, "server metrics agree with the log",
            $"{check.Rows.Count(r => r.Agrees == true)} counters over {check.Requests} requests"),
    };
}
