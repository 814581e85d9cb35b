using System.Text.Json;
using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary>
/// <c>bench nightly</c> on the real llama-server and PostgreSQL: a first night accepted as the baseline, then
/// candidates compared with it. The slower candidate runs the same build with eight experts per token instead of one.
/// </summary>
public sealed class NightlySpecs(ComparisonFixture fixture, ITestOutputHelper output) : IClassFixture<ComparisonFixture>
{
    [Fact]
    public async Task A_night_after_the_accepted_baseline_stores_a_comparison_a_summary_and_a_report_and_a_slower_candidate_exits_1()
    {
        var first = await NightlyAsync(fixture.BaselineScenario, "night-1", "--accept");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("# Nightly compare-acceptance: no baseline", first.Output, StringComparison.Ordinal);
        var runs = await BenchCli.RunAsync("runs", "--db", fixture.ConnectionString);
        Assert.Contains("(accepted)", runs.Output, StringComparison.Ordinal);

        var unchanged = await NightlyAsync(fixture.BaselineScenario, "night-2", "--candidate", TestAssets.LlamaServer);
        output.WriteLine(unchanged.Output);
        Assert.True(unchanged.ExitCode == 0, unchanged.Output + unchanged.Error);
        Assert.Contains("# Nightly compare-acceptance: no regression", unchanged.Output, StringComparison.Ordinal);

        var slower = await NightlyAsync(fixture.SlowerScenario, "night-3");
        output.WriteLine(slower.Output);
        Assert.Equal(1, slower.ExitCode);
        var folder = RunFolder(slower.Error);
        var summary = await File.ReadAllTextAsync(Path.Combine(folder, "nightly.md"));
        Assert.StartsWith("# Nightly compare-acceptance: REGRESSION", summary, StringComparison.Ordinal);
        Assert.Contains("- baseline: `accepted:compare-acceptance`", summary, StringComparison.Ordinal);
        using var comparison = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "comparison.json")));
        Assert.True(comparison.RootElement.GetProperty("has_regression").GetBoolean());
        var tg = comparison.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("metric").GetString() == "tg");
        Assert.Equal("slower", tg.GetProperty("verdict").GetString());
        var report = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        Assert.Contains("slower", report, StringComparison.Ordinal); // the report carries the comparison
        Assert.Contains("report.html", summary, StringComparison.Ordinal); // and the summary names it

        // The accepted baseline is still the first night: a regression is never accepted.
        var accepted = await BenchCli.RunAsync("compare", "--baseline", "accepted", "--candidate", "night-3", "--db", fixture.ConnectionString);
        Assert.Contains($"baseline: {Path.GetFileName(RunFolder(first.Error))}", accepted.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_selector_that_cannot_be_parsed_is_bad_input()
    {
        var result = await NightlyAsync(fixture.BaselineScenario, "night-bad", "--baseline", "commit:xy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--baseline:", result.Error, StringComparison.Ordinal);
    }

    private Task<BenchCli.Result> NightlyAsync(string scenario, string label, params string[] extra) =>
        BenchCli.RunAsync(["nightly", scenario, "--label", label, "--results", fixture.Results, "--db", fixture.ConnectionString, .. extra]);

    private static string RunFolder(string error) =>
        Path.GetDirectoryName(error.Split('\n').Single(line => line.StartsWith("summary: ", StringComparison.Ordinal))["summary: ".Length..].Trim())!;
}
