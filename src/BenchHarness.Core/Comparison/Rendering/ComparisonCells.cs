using System.Globalization;

namespace BenchHarness.Comparison.Rendering;

/// <summary>The text of each report column, shared by the table and markdown renderers (invariant culture).</summary>
internal static class ComparisonCells
{
    public static readonly string[] CaseHeader =
        ["scenario", "variant", "prompt", "thinking", "metric", "baseline", "candidate", "ratio", "low", "high", "n_b", "n_c", "verdict", "noisy", "s_b", "s_c", "sdc", "rule"];

    public static readonly string[] ScenarioHeader = ["scenario", "metric", "geomean_ratio", "cases"];

    public static string[] Case(CaseComparison c) =>
    [
        c.Case.Scenario, c.Case.Variant, c.Case.Prompt + Planning.BenchCase.DimensionSuffix(c.Case.Depth, c.Case.Concurrency), c.Case.ThinkingLabel, MetricName(c.Metric),
        Number(c.BaselineMedian, "F2"), Number(c.CandidateMedian, "F2"), Number(c.Estimate?.Ratio, "F3"),
        Bound(c.Estimate?.Low, c.Estimate is { IsBounded: true }), Bound(c.Estimate?.High, c.Estimate is { IsBounded: true }),
        Count(c.BaselineCount), Count(c.CandidateCount), VerdictName(c.Verdict), c.Noisy ? "noisy" : string.Empty,
        Count(c.BaselineStarts), Count(c.CandidateStarts), Percent(c.SmallestDetectableChange), RuleName(c.Rule),
    ];

    public static string[] Scenario(ScenarioSummary s) =>
        [s.Name, MetricName(s.Metric), Number(s.GeomeanRatio, "F3"), Count(s.CaseCount)];

    public static string Key(CaseKey key) => key.ToString();

    public static string MetricName(Metric metric) => metric.ToString().ToLowerInvariant();

    public static string VerdictName(Verdict verdict) => verdict == Verdict.InsufficientData ? "insufficient-data" : verdict.ToString().ToLowerInvariant();

    public static string RuleName(ComparisonRule rule) => rule == ComparisonRule.PairedStarts ? "paired-starts" : "per-sample";

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    /// <summary>0.086 as <c>8.6%</c> (the invariant culture's percent format puts a space before the sign).</summary>
    private static string Percent(double? value) => value is { } v ? (100 * v).ToString("F1", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Bound(double? value, bool bounded) => bounded ? Number(value, "F3") : value is null ? "-" : "unbounded";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
