using System.Diagnostics;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Planning;
using BenchHarness.Requests;
using BenchHarness.Running;
using BenchHarness.Servers;
using BenchHarness.Servers.Processes;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// The harness must not slow the server it measures: the same request sent by curl and by the harness, alternately.
/// The server runs one thread on a heavier model, leaving a core for the client, as users run it (15 threads on 16 cores).
/// </summary>
public sealed class HarnessOverheadSpecs(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 15;
    private readonly string _folder = TestAssets.TempFolder("bench-overhead");

    [MeasurementFact]
    public async Task The_servers_tg_for_harness_requests_is_within_10_percent_of_curls()
    {
        var port = TestAssets.FreePort();
        var model = await Comparison.AcceptanceScenario.SynthesizeModelAsync(_folder);
        var launch = TestPlans.TimingLaunch(port, model);
        await using var log = new ServerLog(Path.Combine(_folder, "server.log"));
        await using var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", launch, log), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        await ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), Stopwatch.StartNew(), CancellationToken.None);
        var benchCase = TestPlans.Case("v", "story", null, 0, maxTokens: 256, ignoreEos: true);
        var bodyFile = Path.Combine(_folder, "body.json");
        await File.WriteAllTextAsync(bodyFile, benchCase.RequestBody.GetRawText());
        var driver = new ChatRequestDriver(http);

        // Pairs sent back to back share the machine's load of the moment; alternating who goes first cancels order effects.
        var ratios = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var curlFirst = round % 2 == 0;
            var first = curlFirst ? await CurlAsync(server.BaseAddress, bodyFile) : await HarnessAsync(driver, benchCase);
            var second = curlFirst ? await HarnessAsync(driver, benchCase) : await CurlAsync(server.BaseAddress, bodyFile);
            var (harness, curl) = curlFirst ? (second, first) : (first, second);
            ratios.Add(harness / curl);
            output.WriteLine($"round {round}: server TG harness {harness:0.00} t/s, curl {curl:0.00} t/s, ratio {harness / curl:0.000}");
        }

        var ratio = Percentiles.Median(ratios)!.Value;
        output.WriteLine($"median ratio harness/curl over {Rounds} rounds: {ratio:0.000}");
        Assert.InRange(ratio, 0.9, 1.1);
    }

    private static async Task<double> HarnessAsync(ChatRequestDriver driver, BenchCase benchCase) =>
        (await driver.SendAsync(benchCase, CancellationToken.None)).Timings!.PredictedPerSecond!.Value;

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
