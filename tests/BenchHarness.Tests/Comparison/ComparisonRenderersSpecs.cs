using System.Text.Json;
using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;
using static BenchHarness.Tests.Comparison.SyntheticSamples;

namespace BenchHarness.Tests.Comparison;

public sealed class ComparisonRenderersSpecs
{
    private static readonly ComparisonReport Report = CaseSetComparer.Compare(
        Side((Case, Around(50, 0.01, 10, seed: 1)), (Case with { Prompt = "tiny" }, Around(50, 0.01, 3, seed: 2)), (Case with { Variant = "gone" }, Around(50, 0.01, 3, seed: 3))),
        Side((Case, Around(45, 0.01, 10, seed: 4)), (Case with { Prompt = "tiny" }, Around(50, 0.01, 3, seed: 5))),
        ComparisonOptions.Default with { Metrics = [Metric.Tg] });

    [Fact]
    public void Json_cases_carry_exactly_the_documented_snake_case_fields()
    {
        using var json = JsonDocument.Parse(ComparisonJsonRenderer.Render(Report));

        var first = json.RootElement.GetProperty("cases")[0];
        Assert.Equal(
            ["scenario", "variant", "prompt", "thinking", "depth", "concurrency", "metric", "baseline_median", "candidate_median", "ratio",
             "ratio_low", "ratio_high", "n_baseline", "n_candidate", "verdict", "noisy",
             "starts_baseline", "starts_candidate", "smallest_detectable_change", "rule"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("tg", first.GetProperty("metric").GetString());
        Assert.Equal("slower", first.GetProperty("verdict").GetString());
        Assert.True(first.GetProperty("ratio_high").GetDouble() < 0.97);
        Assert.True(json.RootElement.GetProperty("has_regression").GetBoolean());
    }

    [Fact]
    public void Json_writes_insufficient_data_with_a_hyphen_and_unbounded_sides_as_null()
    {
        using var json = JsonDocument.Parse(ComparisonJsonRenderer.Render(Report));

        var tiny = json.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("prompt").GetString() == "tiny");
        Assert.Equal("insufficient-data", tiny.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, tiny.GetProperty("ratio_low").ValueKind);
        Assert.Equal(JsonValueKind.Null, tiny.GetProperty("ratio_high").ValueKind);
        Assert.Equal(3, tiny.GetProperty("n_candidate").GetInt32());
    }

    [Fact]
    public void Json_lists_scenario_geometric_means_and_unmatched_cases()
    {
        using var json = JsonDocument.Parse(ComparisonJsonRenderer.Render(Report));

        var scenario = json.RootElement.GetProperty("scenarios")[0];
        Assert.Equal("sweep", scenario.GetProperty("name").GetString());
        Assert.InRange(scenario.GetProperty("geomean_ratio").GetDouble(), 0.88, 0.92);
        Assert.Equal("gone", json.RootElement.GetProperty("only_in_baseline")[0].GetProperty("variant").GetString());
    }

    [Fact]
    public void Table_aligns_every_column_under_its_header()
    {
        var lines = ComparisonTableRenderer.Render(Report).Split('\n');

        var verdictColumn = lines[0].IndexOf("verdict", StringComparison.Ordinal);
        Assert.Equal("slower", lines[1][verdictColumn..].Split(' ')[0]);
        Assert.Equal("insufficient-data", lines[2][verdictColumn..].Split(' ')[0]);
        Assert.Contains(lines, line => line.Contains("unbounded", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Trim() == "sweep/gone/short/thinking-off");
    }

    [Fact]
    public void Markdown_has_a_headline_and_one_pipe_table_row_per_case()
    {
        var lines = ComparisonMarkdownRenderer.Render(Report).Split('\n');

        Assert.Equal("### Benchmark comparison: regression found, and baseline cases missing in the candidate", lines[0]);
        Assert.StartsWith("| scenario | variant |", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("| --- |", lines[3], StringComparison.Ordinal);
        Assert.Equal(2, lines.Skip(4).TakeWhile(l => l.StartsWith('|')).Count());
    }
}
