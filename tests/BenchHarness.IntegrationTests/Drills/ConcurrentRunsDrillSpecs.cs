using System.Text.Json;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Drills;

/// <summary>Two <c>bench run</c> started together on one machine: the second waits, says for whom, and they never measure at once.</summary>
public sealed class ConcurrentRunsDrillSpecs
{
    [Fact]
    public async Task Two_runs_started_together_never_measure_at_the_same_time()
    {
        var first = DrillScenario.Write("first", repeats: 2);
        var second = DrillScenario.Write("second", repeats: 2);
        var shared = first.Environment; // one machine lock for both

        await using var a = BenchProcess.Start(shared, "run", first.File, "--results", first.Results, "--no-db");
        await using var b = BenchProcess.Start(shared, "run", second.File, "--results", second.Results, "--no-db");
        var exits = await Task.WhenAll(a.WaitForExitAsync(), b.WaitForExitAsync());

        Assert.All(exits, e => Assert.Equal(0, e.ExitCode));
        var waited = new[] { a.Error, b.Error }.Where(e => e.Contains("waiting for the machine: bench run ", StringComparison.Ordinal)).ToList();
        Assert.Single(waited);
        Assert.Matches(@"waiting for the machine: bench run (first|second) \(pid \d+ on ", waited[0]);
        var runs = new[] { await ReadAsync(first), await ReadAsync(second) }.OrderBy(r => r.StartedAt).ToArray();
        Assert.True(runs[0].FinishedAt <= runs[1].StartedAt, $"{runs[0].RunId} ran until {runs[0].FinishedAt:O}, {runs[1].RunId} started {runs[1].StartedAt:O}");
    }

    [Fact]
    public async Task A_run_told_not_to_wait_refuses_and_names_the_holder()
    {
        var drill = DrillScenario.Write("refusing", repeats: 1);
        await using var holder = BenchProcess.Start(drill.Environment, "run", drill.File, "--results", drill.Results, "--no-db");
        await holder.WaitForLineAsync(line => line.Contains(": starting process server", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        var server = await ServerOfAsync(drill);
        PosixSignals.Send(server, PosixSignals.Stop); // the holder now waits for its server, holding the machine

        var refused = await Storage.BenchCli.RunAsync(
            drill.Environment.ToDictionary(p => p.Key, p => (string?)p.Value), "run", drill.File, "--results", drill.Results, "--no-db", "--lock-wait", "0");

        Assert.Equal(2, refused.ExitCode);
        PosixSignals.Send(server, PosixSignals.Continue);
        Assert.Contains($"the machine is busy: bench run refusing (pid {holder.Pid} on ", refused.Error);
        Assert.Equal(0, (await holder.WaitForExitAsync()).ExitCode);
    }

    /// <summary>The holder's server, once its process exists (it was just launched).</summary>
    private static async Task<int> ServerOfAsync(DrillScenario drill)
    {
        using var watch = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (drill.LiveServers() is [var pid])
            {
                return pid;
            }

            await watch.WaitForNextTickAsync(patience.Token);
        }
    }

    private static async Task<RunResult> ReadAsync(DrillScenario drill) =>
        JsonSerializer.Deserialize<RunResult>(
            await File.ReadAllTextAsync(Directory.GetFiles(drill.Results, "run.json", SearchOption.AllDirectories).Single()), JsonDefaults.Options)!;
}
