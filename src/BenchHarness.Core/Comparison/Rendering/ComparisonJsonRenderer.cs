using System.Text.Json;

namespace BenchHarness.Comparison.Rendering;

/// <summary><c>--json</c>: the report in the project's JSON convention (<see cref="JsonDefaults.Options"/>).</summary>
public static class ComparisonJsonRenderer
{
    public static string Render(ComparisonReport report) =>
        JsonSerializer.Serialize(
            new ComparisonJsonDocument(
                report.Cases.Select(ToJson).ToList(),
                report.Scenarios.Select(s => new ScenarioJson(s.Name, s.Metric, s.GeomeanRatio)).ToList(),
                report.OnlyInBaseline.Select(ToJson).ToList(),
                report.OnlyInCandidate.Select(ToJson).ToList(),
                report.HasRegression,
                report.HasMissingCases,
                report.Builds.Baseline,
                report.Builds.Candidate),
            JsonDefaults.Options);

    private static CaseJson ToJson(CaseComparison c)
    {
        var bounded = c.Estimate is { IsBounded: true };
        return new CaseJson(
            c.Case.Scenario, c.Case.Variant, c.Case.Prompt, c.Case.Thinking, c.Case.Depth, c.Case.Concurrency, c.Metric,
            c.BaselineMedian, c.CandidateMedian, c.Estimate?.Ratio,
            bounded ? c.Estimate!.Low : null, bounded ? c.Estimate!.High : null,
            c.BaselineCount, c.CandidateCount, c.Verdict, c.Noisy,
            c.BaselineStarts, c.CandidateStarts, c.SmallestDetectableChange, c.Rule);
    }

    private static CaseNameJson ToJson(CaseKey key) => new(key.Scenario, key.Variant, key.Prompt, key.Thinking, key.Depth, key.Concurrency);
}
