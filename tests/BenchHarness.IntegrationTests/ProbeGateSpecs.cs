using System.Diagnostics;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Monitoring;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Servers;
using BenchHarness.Servers.Processes;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// GPU readings start a process: they must never run while a request is timed. A real server answers requests
/// held through the gate, as a run sends them, while the monitor reads a stand-in GPU probe (no GPU here) every
/// 5 ms, far more often than a request lasts; every probe must fall between requests, and probes still run.
/// </summary>
public sealed class ProbeGateSpecs : IDisposable
{
    private readonly string _folder = TestAssets.TempFolder("bench-probe-gate");

    [Fact]
    public async Task Gpu_probes_run_between_timed_requests_and_never_during_one()
    {
        var clock = Stopwatch.StartNew();
        var probes = new List<(TimeSpan Start, TimeSpan End)>();
        var requests = new List<(TimeSpan Start, TimeSpan End)>();
        await using var log = new ServerLog(Path.Combine(_folder, "server.log"));
        await using var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", TestPlans.ProcessLaunch(TestAssets.FreePort()), log), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        await ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), Stopwatch.StartNew(), CancellationToken.None);
        var runner = new CaseRunner(server, http, TimeSpan.FromSeconds(5));

        using var gate = new ProbeGate();
        await using (new ResourceMonitor(server, Stopwatch.StartNew(), _ => { }, gate, TimeSpan.FromMilliseconds(5), ProbeAsync))
        {
            for (var i = 0; i < 6; i++)
            {
                using (await gate.TimedAsync(CancellationToken.None))
                {
                    var start = clock.Elapsed;
                    var sample = Assert.Single(await runner.RunAsync(TestPlans.Case("v", "p", null, i, maxTokens: 16, ignoreEos: true), CancellationToken.None));
                    Assert.Null(sample.Error);
                    lock (requests)
                    {
                        requests.Add((start, clock.Elapsed));
                    }
                }
            }
        }

        Assert.True(probes.Count(p => p.Start > requests[0].Start && p.End < requests[^1].End) >= 3, $"{probes.Count} probes ran");
        foreach (var probe in probes)
        {
            Assert.DoesNotContain(requests, r => probe.Start < r.End && r.Start < probe.End);
        }

        // Stands in for nvidia-smi: takes a few milliseconds, as a process start would, and records when it ran.
        async Task<IReadOnlyList<GpuSample>> ProbeAsync(CancellationToken cancellationToken)
        {
            var start = clock.Elapsed;
            await Task.Delay(3, cancellationToken);
            lock (requests)
            {
                probes.Add((start, clock.Elapsed));
            }

            return [];
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
