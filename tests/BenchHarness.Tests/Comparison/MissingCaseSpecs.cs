using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;
using static BenchHarness.Tests.Comparison.SyntheticSamples;

namespace BenchHarness.Tests.Comparison;

/// <summary>A baseline case that the candidate has no successful sample of fails the comparison, as a slower case does.</summary>
public sealed class MissingCaseSpecs
{
    private static readonly CaseKey Lost = Case with { Prompt = "long" };

    [Fact]
    public void A_baseline_case_missing_in_the_candidate_fails_without_being_a_regression()
    {
        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.01, 10, seed: 1)), (Lost, Around(20, 0.01, 10, seed: 2))),
            Side((Case, Around(50, 0.01, 10, seed: 3))));

        Assert.False(report.HasRegression);
        Assert.True(report.HasMissingCases);
        Assert.True(report.Fails);
    }

    [Fact]
    public void A_candidate_with_no_successful_sample_at_all_fails()
    {
        var report = CaseSetComparer.Compare(Side((Case, Around(50, 0.01, 10, seed: 1))), Side());

        Assert.Empty(report.Cases);
        Assert.True(report.Fails);
    }

    [Fact]
    public void A_case_only_the_candidate_has_does_not_fail()
    {
        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.01, 10, seed: 1))),
            Side((Case, Around(50, 0.01, 10, seed: 3)), (Lost, Around(20, 0.01, 10, seed: 2))));

        Assert.False(report.Fails);
    }

    [Fact]
    public void Json_and_markdown_say_that_cases_are_missing()
    {
        var report = CaseSetComparer.Compare(Side((Case, Around(50, 0.01, 10, seed: 1))), Side());

        using var json = System.Text.Json.JsonDocument.Parse(ComparisonJsonRenderer.Render(report));
        Assert.True(json.RootElement.GetProperty("has_missing_cases").GetBoolean());
        Assert.StartsWith("### Benchmark comparison: baseline cases missing in the candidate", ComparisonMarkdownRenderer.Render(report), StringComparison.Ordinal);
    }
}
