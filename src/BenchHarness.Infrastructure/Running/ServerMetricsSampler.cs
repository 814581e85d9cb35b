using BenchHarness.Metrics;
using BenchHarness.Monitoring;
using BenchHarness.Planning;

namespace BenchHarness.Running;

/// <summary>
/// Samples a <c>--metrics</c> server's counters before a variant's first case and after each case, never while one
/// is timed, each time giving the variant's record so far: the snapshots and their check against the log's figures for
/// the same requests.
/// </summary>
internal sealed class ServerMetricsSampler(StartedServer started)
{
    private readonly List<MetricsSnapshot> _snapshots = [];

    /// <returns>Null when the server's launch does not turn on <c>/metrics</c>.</returns>
    public static ServerMetricsSampler? For(StartedServer started) =>
        MetricsEndpoint.IsOn(started.Launch) ? new ServerMetricsSampler(started) : null;

    /// <param name="afterCase">The case just finished; null before the first.</param>
    public async Task<ServerMetricsRecord> TakeAsync(BenchCase? afterCase, CancellationToken cancellationToken)
    {
        var log = started.Server.Log;
        var snapshot = await ServerMetricsProbe.ReadAsync(
            started.Http, started.SinceLaunch.Elapsed.TotalMilliseconds, afterCase is null ? null : Describe(afterCase), log.RequestCount, cancellationToken);
        _snapshots.Add(snapshot);
        return new ServerMetricsRecord { Snapshots = [.. _snapshots], Check = MetricsCheck.Compare(_snapshots, log.Report.Requests) };
    }

    private static string Describe(BenchCase benchCase) =>
        benchCase.Key + (benchCase.Warmup ? " warm-up" : $" repeat {benchCase.Repeat}");
}
