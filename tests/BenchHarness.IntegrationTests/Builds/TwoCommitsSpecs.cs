using System.Text.Json;
using BenchHarness.IntegrationTests.Comparison;
using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests.Builds;

/// <summary>
/// The nightly question on two real commits: the set-up's builds of node-llama-cpp 3.22.0 (llama.cpp ae50016)
/// and 3.22.1 (de3ff81), got with <c>bench build</c>, compared by <c>bench ab</c> and shown by <c>bench history</c>.
/// </summary>
public sealed class TwoCommitsSpecs(ComparisonFixture fixture, ITestOutputHelper output) : IClassFixture<ComparisonFixture>
{
    private static readonly string Cache = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestAssets.LlamaServer)!, "..", "..", "..", ".."));

    [Fact]
    public async Task Ab_between_builds_of_two_commits_names_both_commits_and_history_shows_both()
    {
        var older = await BuildAsync("npm:node-llama-cpp@3.22.0");
        var newer = await BuildAsync("npm:node-llama-cpp@3.22.1");
        Assert.NotEqual(older, newer);

        var ab = await BenchCli.RunAsync(
            "ab", fixture.BaselineScenario, "--a", older, "--b", newer, "--rounds", "1", "--label", "commits",
            "--json", "--results", fixture.Results, "--db", fixture.ConnectionString);
        output.WriteLine(ab.Output + ab.Error);
        Assert.True(ab.ExitCode == 0, ab.Error);
        using (var report = JsonDocument.Parse(ab.Output))
        {
            Assert.Equal(["ae50016"], Commits(report, "baseline_commits"));
            Assert.Equal(["de3ff81"], Commits(report, "candidate_commits"));
        }

        var compare = await BenchCli.RunAsync("compare", "--baseline", "commit:ae50016", "--candidate", "commit:de3ff81", "--db", fixture.ConnectionString);
        Assert.True(compare.ExitCode == 0, compare.Error);
        Assert.Contains("builds: baseline ae50016, candidate de3ff81", compare.Output, StringComparison.Ordinal);

        var history = await BenchCli.RunAsync("history", "--scenario", AcceptanceScenario.Name, "--json", "--db", fixture.ConnectionString);
        output.WriteLine(history.Output);
        Assert.True(history.ExitCode == 0, history.Error);
        Assert.Contains("\"ae50016\"", history.Output, StringComparison.Ordinal);
        Assert.Contains("\"de3ff81\"", history.Output, StringComparison.Ordinal);
    }

    /// <summary><c>bench build</c> of a source the set-up built: a cache hit whose last line is the binary.</summary>
    private static async Task<string> BuildAsync(string source)
    {
        var build = await BenchCli.RunAsync(new Dictionary<string, string?> { ["BENCH_CACHE"] = Cache }, "build", source);
        Assert.True(build.ExitCode == 0, build.Error);
        var binary = build.Output.TrimEnd().Split('\n')[^1];
        Assert.True(File.Exists(binary), binary);
        return binary;
    }

    private static string[] Commits(JsonDocument report, string property) =>
        report.RootElement.GetProperty(property).EnumerateArray().Select(c => c.GetString()!).ToArray();
}
