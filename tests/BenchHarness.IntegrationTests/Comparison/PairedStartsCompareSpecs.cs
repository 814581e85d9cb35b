using System.Globalization;
using System.Text.Json;
using BenchHarness.IntegrationTests.Storage;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary><c>bench compare</c> of stored sides with several runs each: the starts are read back from the store and paired.</summary>
public sealed class PairedStartsCompareSpecs : IAsyncLifetime
{
    private readonly LocalClusterFolder folder = new();

    public Task InitializeAsync() => folder.InitializeAsync();

    public Task DisposeAsync() => folder.DisposeAsync();

    [Fact]
    public async Task Six_runs_per_side_are_compared_by_the_paired_starts_rule()
    {
        var results = Path.Combine(folder.Root.FullName, "results");
        var first = DateTimeOffset.Parse("2026-11-21T02:00:00Z", CultureInfo.InvariantCulture);
        var levels = new[] { 1000.0, 950, 1030, 980, 1010, 960 };
        for (var round = 0; round < levels.Length; round++)
        {
            var at = first.AddMinutes(10 * round);
            await BenchCli.WriteRunAsync(results, SampleRuns.Create($"pa-{round}", label: "pa", startedAt: at, tgBase: levels[round]));
            await BenchCli.WriteRunAsync(results, SampleRuns.Create($"pb-{round}", label: "pb", startedAt: at.AddMinutes(5), tgBase: levels[round] * 0.9 * (1 + (0.004 * round))));
        }

        var start = await BenchCli.RunAsync(folder.Environment, "db", "start");
        var import = await BenchCli.RunAsync(folder.Environment, "import", results);
        var compare = await BenchCli.RunAsync(folder.Environment, "compare", "--baseline", "pa", "--candidate", "pb", "--json");

        Assert.Equal((0, 0, 0), (start.ExitCode, import.ExitCode, compare.ExitCode));
        var tg = JsonDocument.Parse(compare.Output).RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("metric").GetString() == "tg").ToList();
        Assert.NotEmpty(tg);
        Assert.All(tg, c =>
        {
            Assert.Equal("paired-starts", c.GetProperty("rule").GetString());
            Assert.Equal(6, c.GetProperty("starts_baseline").GetInt32());
            Assert.Equal(6, c.GetProperty("starts_candidate").GetInt32());
            Assert.Equal("slower", c.GetProperty("verdict").GetString());
            Assert.True(c.GetProperty("smallest_detectable_change").GetDouble() > 0);
        });
    }
}
