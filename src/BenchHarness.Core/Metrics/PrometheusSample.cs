namespace BenchHarness.Metrics;

/// <summary>One sample line of a Prometheus text body: a series (name and labels) and its value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyList<KeyValuePair<string, string>> Labels, double Value)
{
    /// <summary>The series as Prometheus writes it: <c>name</c>, or <c>name{label="value",...}</c>.</summary>
    public string Series => Labels.Count == 0
        ? Name
        : $"{Name}{{{string.Join(",", Labels.Select(l => $"{l.Key}=\"{Escape(l.Value)}\""))}}}";

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
