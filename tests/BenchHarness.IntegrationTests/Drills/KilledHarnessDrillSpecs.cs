using System.Text.Json;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Drills;

/// <summary>
/// <c>bench run</c> killed with SIGKILL mid-run: the next run finds the run interrupted and removes the server the
/// dead harness left, and <c>bench run --resume</c> completes exactly the missing cases in the same run.
/// </summary>
public sealed class KilledHarnessDrillSpecs
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private const int Repeats = 30;

    [Fact]
    public async Task A_killed_run_is_interrupted_its_server_removed_and_resume_completes_it()
    {
        var drill = DrillScenario.Write("killed", repeats: Repeats);
        string runId;
        await using (var harness = BenchProcess.Start(drill.Environment, "run", drill.File, "--results", drill.Results, "--no-db"))
        {
            await harness.WaitForLineAsync(line => line.Contains(": case 3/", StringComparison.Ordinal), Patience);
            var servers = drill.LiveServers();
            foreach (var server in servers)
            {
                PosixSignals.Send(server, PosixSignals.Stop);
            }

            harness.KillWithoutWarning();
            await harness.WaitForExitAsync();
            foreach (var server in servers)
            {
                PosixSignals.Send(server, PosixSignals.Continue);
            }

            runId = Path.GetFileName(Directory.GetDirectories(drill.Results).Single());
        }

        Assert.NotEmpty(drill.LiveServers()); // the dead harness could not stop it
        var killed = await ReadAsync(drill, runId);
        Assert.Equal(RunStatus.Running, killed.Status);
        var measuredBefore = killed.Variants.Single().Samples.Count(s => s.Error is null);
        Assert.InRange(measuredBefore, 2, Repeats - 1);

        var resumed = await Storage.BenchCli.RunAsync(
            drill.Environment.ToDictionary(p => p.Key, p => (string?)p.Value), "run", "--resume", runId, "--results", drill.Results, "--no-db");

        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"run {runId} was interrupted", resumed.Error);
        var run = await ReadAsync(drill, runId);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(1, run.Resumed);
        var variant = run.Variants.Single();
        Assert.Equal(VariantStatus.Completed, variant.Status);
        Assert.Equal(Enumerable.Range(1, Repeats), variant.Samples.Where(s => s.Error is null).Select(s => s.Repeat).Order());
        Assert.Empty(drill.LiveServers());
    }

    [Fact]
    public async Task A_finished_run_cannot_be_resumed()
    {
        var drill = DrillScenario.Write("finished", repeats: 1);
        var environment = drill.Environment.ToDictionary(p => p.Key, p => (string?)p.Value);
        Assert.Equal(0, (await Storage.BenchCli.RunAsync(environment, "run", drill.File, "--results", drill.Results, "--no-db")).ExitCode);
        var runId = Path.GetFileName(Directory.GetDirectories(drill.Results).Single());

        var again = await Storage.BenchCli.RunAsync(environment, "run", "--resume", runId, "--results", drill.Results, "--no-db");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains($"run {runId} completed; nothing is left to run", again.Error);
    }

    private static async Task<RunResult> ReadAsync(DrillScenario drill, string runId) =>
        JsonSerializer.Deserialize<RunResult>(await File.ReadAllTextAsync(Path.Combine(drill.Results, runId, "run.json")), JsonDefaults.Options)!;
}
