using System.Diagnostics;
using System.Globalization;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Servers;
using BenchHarness.Servers.Processes;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// The harness must not slow the server it measures: the same request sent by the harness's own run machinery
/// (case runner, log pairing, resource sampling, run.json rewritten after every sample) and by a plain curl,
/// alternately, to one server. The server runs one thread on a heavier model, leaving a core for the client, as
/// users run it (15 threads on 16 cores). Rounds: BENCH_MEASURE_ROUNDS (default 40).
/// </summary>
public sealed class HarnessOverheadSpecs(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = TestAssets.TempFolder("bench-overhead");

    [MeasurementFact]
    public async Task The_servers_tg_under_the_harness_is_at_least_98_percent_of_its_tg_under_curl()
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_MEASURE_ROUNDS") ?? "40", CultureInfo.InvariantCulture);
        var port = TestAssets.FreePort();
        var model = await Comparison.AcceptanceScenario.SynthesizeModelAsync(_folder);
        var launch = TestPlans.TimingLaunch(port, model);
        await using var log = new ServerLog(Path.Combine(_folder, "server.log"));
        await using var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", launch, log), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var sinceLaunch = Stopwatch.StartNew();
        await ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), sinceLaunch, CancellationToken.None);
        var benchCase = TestPlans.Case("v", "story", null, 0, maxTokens: 256, ignoreEos: true);
        var bodyFile = Path.Combine(_folder, "body.json");
        await File.WriteAllTextAsync(bodyFile, benchCase.RequestBody.GetRawText());
        var recorder = await RecorderAsync(launch);
        var runner = new CaseRunner(server, http, TimeSpan.FromSeconds(5));
        await CurlAsync(server.BaseAddress, bodyFile); // warm-up, not counted

        // Pairs sent back to back share the machine's load of the moment; alternating who goes first cancels order effects.
        var ratios = new List<double>();
        var harnessCpu = TimeSpan.Zero;
        using var gate = new ProbeGate();
        await using (new ResourceMonitor(server, sinceLaunch, sample => recorder.AddResourceSample("v", sample), gate))
        {
            for (var round = 0; round < rounds; round++)
            {
                var curlFirst = round % 2 == 0;
                var curl = curlFirst ? await CurlAsync(server.BaseAddress, bodyFile) : 0;
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                Sample sample;
                using (await gate.TimedAsync(CancellationToken.None))
                {
                    sample = Assert.Single(await runner.RunAsync(benchCase, CancellationToken.None));
                }

                await recorder.UpdateVariantAsync("v", v => v with { Samples = [.. v.Samples, sample] });
                harnessCpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                curl = curlFirst ? curl : await CurlAsync(server.BaseAddress, bodyFile);
                var harness = sample.ServerGenerationTokensPerSecond!.Value;
                ratios.Add(harness / curl);
                output.WriteLine($"round {round}: server TG harness {harness:0.00} t/s, curl {curl:0.00} t/s, ratio {harness / curl:0.000}");
            }
        }

        var ratio = Percentiles.Median(ratios)!.Value;
        var resources = recorder.Current.Variants.Single().Resources.Count;
        output.WriteLine($"median ratio harness/curl over {rounds} rounds: {ratio:0.000} (range {ratios.Min():0.000}-{ratios.Max():0.000}); " +
            $"harness CPU per request {harnessCpu.TotalMilliseconds / rounds:0.0} ms; {resources} resource samples taken");
        Assert.True(resources > rounds, "resource sampling was on for the whole measurement");
        Assert.True(ratio >= 0.98, $"median ratio {ratio:0.000}");
    }

    private async Task<RunRecorder> RecorderAsync(ServerLaunch launch)
    {
        var recorder = new RunRecorder(_folder, new RunResult
        {
            RunId = "overhead",
            Scenario = "overhead",
            ScenarioHash = "",
            HarnessVersion = "0",
            StartedAt = DateTimeOffset.UtcNow,
            Host = await HostProbe.DescribeAsync(CancellationToken.None),
        });
        await recorder.AddOrResetVariantAsync(new VariantResult { Name = "v", Launch = LaunchRedactor.Record(launch) });
        return recorder;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Sends the body with a plain <c>curl -N</c> and returns the server's <c>predicted_per_second</c> from the stream.</summary>
    private static async Task<double> CurlAsync(Uri server, string bodyFile)
    {
        var info = new ProcessStartInfo("curl") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-sN", "-H", "Content-Type: application/json", "--data-binary", "@" + bodyFile, new Uri(server, "v1/chat/completions").ToString() })
        {
            info.ArgumentList.Add(arg);
        }

        using var curl = Process.Start(info)!;
        var accumulator = new ChatStreamAccumulator();
        while (await curl.StandardOutput.ReadLineAsync() is { } line)
        {
            accumulator.AddLine(line, 0);
        }

        await curl.WaitForExitAsync();
        return accumulator.Complete(0).Timings!.PredictedPerSecond!.Value;
    }
}
