using System.Text.Json;
using BenchHarness.IntegrationTests.Storage;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary><c>bench compare</c> and <c>bench history</c> against the local cluster that <c>bench</c> starts itself.</summary>
public sealed class EmbeddedCompareSpecs : IAsyncLifetime
{
    private readonly LocalClusterFolder folder = new();

    public Task InitializeAsync() => folder.InitializeAsync();

    public Task DisposeAsync() => folder.DisposeAsync();

    [Fact]
    public async Task Compare_and_history_read_runs_imported_into_the_local_cluster()
    {
        var results = Path.Combine(folder.Root.FullName, "results");
        await BenchCli.WriteRunAsync(results, SampleRuns.Create("night-1", label: "nightly"));
        await BenchCli.WriteRunAsync(results, SampleRuns.Create("night-2", label: "nightly", startedAt: DateTimeOffset.Parse("2026-11-22T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture), tgBase: 1000));

        var start = await BenchCli.RunAsync(folder.Environment, "db", "start");
        var import = await BenchCli.RunAsync(folder.Environment, "import", results);
        var compare = await BenchCli.RunAsync(folder.Environment, "compare", "--baseline", "night-1", "--candidate", "latest", "--json", "--fail-on-regression");
        var history = await BenchCli.RunAsync(folder.Environment, "history", "--json");

        Assert.Equal((0, 0), (start.ExitCode, import.ExitCode));
        Assert.True(compare.ExitCode == 1, compare.Output + compare.Error);
        var tg = JsonDocument.Parse(compare.Output).RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("metric").GetString() == "tg").ToList();
        Assert.NotEmpty(tg);
        Assert.All(tg, c => Assert.Equal("slower", c.GetProperty("verdict").GetString()));
        Assert.Equal(0, history.ExitCode);
        var points = JsonDocument.Parse(history.Output).RootElement.GetProperty("cases")[0].GetProperty("points");
        Assert.Equal(["night-1", "night-2"], points.EnumerateArray().Select(p => p.GetProperty("run_id").GetString()));
    }
}
