namespace BenchHarness.Metrics;

/// <summary>
/// One counter's rise between the first and last snapshot against the sum of the log's figures for the same requests.
/// <see cref="Difference"/> is metric minus log; <see cref="Tolerance"/> is what the printed digits of both allow.
/// </summary>
/// <param name="Log">Null when a request in the span lacks the figure (a number the log printed beyond range).</param>
/// <param name="Agrees">Null when not compared (no log figure).</param>
/// <param name="AtMostLog">The counter times a span inside the log's, so it may fall short of it but not exceed it.</param>
public sealed record MetricsCheckRow(string Counter, double Metric, double? Log, double? Difference, double Tolerance, bool? Agrees, bool AtMostLog = false);

/// <summary>A variant's cross-check of <c>/metrics</c> counters against its log; <see cref="Disagrees"/> with the reasons when one is off.</summary>
/// <param name="Requests">The log's requests between the two snapshots (warm-ups and context fills included).</param>
public sealed record MetricsCheckResult(int Requests, IReadOnlyList<MetricsCheckRow> Rows, bool Disagrees, IReadOnlyList<string> Reasons);
