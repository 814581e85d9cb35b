using System.Net;
using System.Text.Json;
using BenchHarness.Metrics;

namespace BenchHarness.Monitoring;

/// <summary>
/// Reads <c>/metrics</c> and <c>/slots</c> once. Called only between timed requests: the pinned llama-server answers
/// both from its task loop, even in the middle of a decode (it yields to its queue for them), so a reading during a
/// request would be work done beside the one measured. A failed reading is kept as the snapshot's error, never
/// thrown: the counters are a check, not a reason to stop a run.
/// </summary>
public static class ServerMetricsProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<MetricsSnapshot> ReadAsync(
        HttpClient http, double atMs, string? afterCase, int logRequests, CancellationToken cancellationToken)
    {
        var (metrics, metricsError) = await GetAsync(http, "metrics", cancellationToken);
        var (slots, slotsError) = await GetAsync(http, "slots", cancellationToken);
        var empty = new MetricsSnapshot { AtMs = atMs, AfterCase = afterCase, LogRequests = logRequests };
        MetricsSnapshot snapshot;
        try
        {
            snapshot = metrics is null
                ? empty with { Error = metricsError }
                : MetricsSnapshot.From(atMs, afterCase, logRequests, PrometheusText.Parse(metrics));
        }
        catch (FormatException e)
        {
            snapshot = empty with { Error = $"GET /metrics: {e.Message}" };
        }

        try
        {
            return snapshot with { Slots = slots is null ? null : SlotsReader.Parse(slots), SlotsError = slotsError };
        }
        catch (JsonException e)
        {
            return snapshot with { SlotsError = $"GET /slots: {e.Message}" };
        }
    }

    /// <returns>The body of a 200 answer, or the reason there is none.</returns>
    private static async Task<(string? Body, string? Error)> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Patience);
        try
        {
            using var response = await http.GetAsync(path, limit.Token);
            var body = await response.Content.ReadAsStringAsync(limit.Token);
            return response.StatusCode == HttpStatusCode.OK
                ? (body, null)
                : (null, $"GET /{path} answered {(int)response.StatusCode}: {Shortened(body)}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"GET /{path} did not answer within {Patience.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return (null, $"GET /{path}: {e.Message}");
        }
    }

    private static string Shortened(string body) => body.Length <= 200 ? body.Trim() : body[..200].Trim() + "...";
}
