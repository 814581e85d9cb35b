using System.Text.Json;
using BenchHarness.IntegrationTests.Storage;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary>
/// The comparison rule on real runs of the real llama-server, stored by <c>bench run</c> / <c>bench ab</c> in a
/// real PostgreSQL: the same build against itself shows no difference, a real slowdown is found.
/// </summary>
public sealed class ComparisonAcceptanceSpecs(ComparisonFixture fixture, ITestOutputHelper output) : IClassFixture<ComparisonFixture>
{
    /// <summary>Two rounds (A B, then B A): each side's samples come from an early and a late server, so drift cancels.</summary>
    private const int AaRounds = 2;

    [Fact]
    public async Task Same_build_interleaved_against_itself_reports_no_case_slower_or_faster()
    {
        var ab = await BenchCli.RunAsync(
            "ab", fixture.BaselineScenario, "--a", Support.TestAssets.LlamaServer, "--b", Support.TestAssets.LlamaServer,
            "--rounds", AaRounds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--label", "aa", "--json", "--results", fixture.Results, "--db", fixture.ConnectionString);
        var compare = await BenchCli.RunAsync(
            "compare", "--baseline", "aa-a", "--candidate", "aa-b", "--fail-on-regression", "--json", "--db", fixture.ConnectionString);

        output.WriteLine(compare.Output);
        Assert.True(ab.ExitCode == 0, ab.Error);
        Assert.True(compare.ExitCode == 0, compare.Output + compare.Error);
        var cases = Cases(compare.Output);
        Assert.Equal(["pp", "tg"], cases.Select(c => c.GetProperty("metric").GetString()).Order());
        Assert.All(cases, c => Assert.DoesNotContain(c.GetProperty("verdict").GetString(), new[] { "slower", "faster" }));
        Assert.All(cases, c => Assert.Equal(AcceptanceScenario.Repeats * AaRounds, c.GetProperty("n_baseline").GetInt32()));
        Assert.Equal(ab.Output.Trim(), compare.Output.Trim());
    }

    [Fact]
    public async Task Eight_experts_per_token_instead_of_one_is_reported_slower_for_tg_and_fails_the_comparison()
    {
        var baseline = await RunAsync(fixture.BaselineScenario);
        var candidate = await RunAsync(fixture.SlowerScenario);

        var compare = await BenchCli.RunAsync(
            "compare", "--baseline", baseline, "--candidate", candidate, "--fail-on-regression", "--json", "--db", fixture.ConnectionString);

        output.WriteLine(compare.Output);
        Assert.Equal(1, compare.ExitCode);
        var tg = Cases(compare.Output).Single(c => c.GetProperty("metric").GetString() == "tg");
        Assert.Equal("slower", tg.GetProperty("verdict").GetString());
        Assert.True(tg.GetProperty("ratio_high").GetDouble() < 0.97, tg.ToString());
        Assert.Contains("server settings differ", compare.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_selector_exits_with_bad_input_and_names_it()
    {
        var compare = await BenchCli.RunAsync(
            "compare", "--baseline", "no-such-label", "--candidate", "latest", "--db", fixture.ConnectionString);

        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("--baseline: no stored run matches 'no-such-label'", compare.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs a scenario with <c>bench run</c>, which stores it in the database; returns the run id.</summary>
    private async Task<string> RunAsync(string scenario)
    {
        var run = await BenchCli.RunAsync("run", scenario, "--json", "--results", fixture.Results, "--db", fixture.ConnectionString);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("database: run ", run.Error, StringComparison.Ordinal);
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("run_id").GetString()!;
    }

    private static List<JsonElement> Cases(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("cases").EnumerateArray().ToList();
}
