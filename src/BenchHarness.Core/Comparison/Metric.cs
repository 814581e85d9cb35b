using BenchHarness.Results;

namespace BenchHarness.Comparison;

/// <summary>A compared throughput; higher is better for both.</summary>
public enum Metric
{
    /// <summary>Generation tokens per second.</summary>
    Tg,

    /// <summary>Prompt processing tokens per second.</summary>
    Pp,
}

public static class MetricValues
{
    /// <summary>
    /// The measured values of a metric: warm-up and failed requests are left out, and so are values that
    /// are not positive and finite (a fully cached prompt has no prompt rate worth comparing).
    /// </summary>
    public static double[] Measured(IEnumerable<Sample> samples, Metric metric) =>
        samples
            .Where(s => !s.Warmup && s.Error is null)
            .Select(s => Of(s, metric))
            .Where(v => v > 0 && double.IsFinite(v))
            .ToArray();

    public static double Of(Sample sample, Metric metric) => metric switch
    {
        Metric.Tg => sample.GenerationTokensPerSecond,
        Metric.Pp => sample.PromptTokensPerSecond,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
