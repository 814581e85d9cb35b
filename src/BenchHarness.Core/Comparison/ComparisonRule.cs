using System.Text.Json.Serialization;

namespace BenchHarness.Comparison;

/// <summary>Which test gave a case its verdict.</summary>
public enum ComparisonRule
{
    /// <summary>Hodges-Lehmann over the pooled samples, Mann-Whitney bounds: one server start per side.</summary>
    [JsonStringEnumMemberName("per-sample")]
    PerSample,

    /// <summary>Start medians paired in time, signed-rank bounds on their log-ratios: six or more starts per side.</summary>
    [JsonStringEnumMemberName("paired-starts")]
    PairedStarts,
}
