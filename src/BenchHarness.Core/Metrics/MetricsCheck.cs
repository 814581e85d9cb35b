using System.Globalization;
using BenchHarness.Logs;

namespace BenchHarness.Metrics;

/// <summary>
/// Checks what the server counted against what its log printed for the same requests: the rise of each counter
/// from the first to the last usable snapshot against the sum of the log's <c>prompt eval time</c> / <c>eval time</c>
/// figures of the requests between them. Tokens and generation seconds must agree within the printed digits of
/// both; prompt seconds may fall short of the log's (the pinned build times a narrower span, see
/// <see cref="LlamaCounters.PromptSeconds"/>) but must not exceed them.
/// </summary>
public static class MetricsCheck
{
    private sealed record Counter(string Name, Func<RequestTiming, double?> Figure, double Scale, double LogHalfUnit, bool AtMostLog);

    private static readonly Counter[] Counters =
    [
        new(LlamaCounters.PromptTokens, r => r.PromptTokens, 1, 0, false),
        new(LlamaCounters.PromptSeconds, r => r.PromptMs, 1e-3, PrintedRounding.LogMsHalfUnit, true),
        new(LlamaCounters.PredictedTokens, r => r.GeneratedTokens, 1, 0, false),
        new(LlamaCounters.PredictedSeconds, r => r.GenerationMs, 1e-3, PrintedRounding.LogMsHalfUnit, false),
    ];

    /// <returns>Null when fewer than two snapshots answered.</returns>
    public static MetricsCheckResult? Compare(IReadOnlyList<MetricsSnapshot> snapshots, IReadOnlyList<RequestTiming> logRequests)
    {
        var usable = snapshots.Where(s => s.Error is null).ToList();
        if (usable.Count < 2)
        {
            return null;
        }

        var (first, last) = (usable[0], usable[^1]);
        var from = Math.Min(first.LogRequests, logRequests.Count);
        var requests = logRequests.Skip(from).Take(Math.Max(0, Math.Min(last.LogRequests, logRequests.Count) - from)).ToList();
        var rows = Counters
            .Where(c => first.Values.ContainsKey(c.Name) && last.Values.ContainsKey(c.Name))
            .Select(c => Row(c, first.Values[c.Name], last.Values[c.Name], requests))
            .ToList();
        var reasons = rows.Where(r => r.Agrees == false).Select(r => Reason(r, requests.Count)).ToList();
        return new MetricsCheckResult(requests.Count, rows, reasons.Count > 0, reasons);
    }

    private static MetricsCheckRow Row(Counter counter, double before, double after, IReadOnlyList<RequestTiming> requests)
    {
        var metric = after - before;
        var figures = requests.Select(counter.Figure).ToList();
        double? log = figures.Any(f => f is null) ? null : figures.Sum(f => f!.Value) * counter.Scale;
        var tolerance = PrintedRounding.MetricHalfUnit(before) + PrintedRounding.MetricHalfUnit(after) + (requests.Count * counter.LogHalfUnit * counter.Scale);
        if (log is not { } logged)
        {
            return new MetricsCheckRow(counter.Name, Round(metric), null, null, tolerance, null, counter.AtMostLog);
        }

        // Sums of doubles carry their own last-bit error; it must not decide.
        var slack = tolerance + (1e-9 * Math.Max(Math.Abs(metric), Math.Abs(logged)));
        var difference = metric - logged;
        var agrees = counter.AtMostLog ? difference <= slack : Math.Abs(difference) <= slack;
        return new MetricsCheckRow(counter.Name, Round(metric), Round(logged), Round(difference), Round(tolerance), agrees, counter.AtMostLog);
    }

    private static string Reason(MetricsCheckRow row, int requests)
    {
        var unit = row.Counter.EndsWith("seconds_total", StringComparison.Ordinal) ? " s" : "";
        var span = $"the log's {requests} {(requests == 1 ? "request adds" : "requests add")} up to {F(row.Log!.Value)}{unit}";
        return row.AtMostLog
            ? $"{row.Counter} rose by {F(row.Metric)}{unit}, more than {span} (by {F(row.Difference!.Value)}{unit}; rounding allows {F(row.Tolerance)})"
            : $"{row.Counter} rose by {F(row.Metric)}{unit}, but {span} (off by {F(row.Difference!.Value)}{unit}; rounding allows {F(row.Tolerance)})";
    }

    private static double Round(double value) => Math.Round(value, 9);

    private static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
