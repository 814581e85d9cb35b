using BenchHarness.Logs;
using BenchHarness.Metrics;

namespace BenchHarness.Tests.Metrics;

/// <summary>The captured <c>/metrics</c> and <c>/slots</c> answers and server log under TestData/metrics.</summary>
internal static class MetricsFiles
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "metrics", name));

    public static MetricsSnapshot Snapshot(string name, int logRequests, string? afterCase = null) =>
        MetricsSnapshot.From(0, afterCase, logRequests, PrometheusText.Parse(Text(name)));

    /// <summary>The three requests of the captured session, as the log reader reads them.</summary>
    public static IReadOnlyList<RequestTiming> LogRequests() =>
        LlamaLogReader.Parse(Text("llama-cpp-metrics-server.log").Split('\n')).Requests;
}
