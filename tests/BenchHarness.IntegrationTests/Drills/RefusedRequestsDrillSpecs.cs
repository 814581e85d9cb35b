using System.Text.Json;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Drills;

/// <summary>
/// A scenario whose every request the server refuses (HTTP 400 for <c>n: 2</c>): the failed requests are failed
/// samples, the variant and the run are failed, and <c>bench run</c> exits 1.
/// </summary>
public sealed class RefusedRequestsDrillSpecs
{
    [Fact]
    public async Task A_run_whose_every_request_is_refused_fails_and_exits_1()
    {
        var drill = DrillScenario.Write("refused", repeats: 2);

        var result = await Storage.BenchCli.RunAsync(
            drill.Environment.ToDictionary(p => p.Key, p => (string?)p.Value),
            "run", drill.File, "--results", drill.Results, "--no-db", "--set", "sampling={temperature: 0, n: 2}");

        Assert.Equal(1, result.ExitCode);
        var runFile = Directory.GetFiles(drill.Results, "run.json", SearchOption.AllDirectories).Single();
        var run = JsonSerializer.Deserialize<RunResult>(await File.ReadAllTextAsync(runFile), JsonDefaults.Options)!;
        Assert.Equal(RunStatus.Failed, run.Status);
        var variant = Assert.Single(run.Variants);
        Assert.Equal(VariantStatus.Failed, variant.Status);
        Assert.StartsWith("no successful sample for 1 case(s): default/short/thinking-default; first error: HTTP 400", variant.Failure);
        Assert.Equal(2, variant.Samples.Count);
        Assert.All(variant.Samples, s => Assert.StartsWith("HTTP 400", s.Error));
        Assert.Empty(drill.LiveServers());
    }
}
