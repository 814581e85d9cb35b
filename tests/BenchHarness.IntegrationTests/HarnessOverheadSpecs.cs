using System.Diagnostics;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Planning;
using BenchHarness.Requests;
using BenchHarness.Running;
using BenchHarness.Servers;
using BenchHarness.Servers.Processes;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests;

/// <summary>The harness must not slow the server it measures: the same request sent by curl and by the harness, alternately.</summary>
public sealed class HarnessOverheadSpecs(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 3;
    private readonly string _folder = TestAssets.TempFolder("bench-overhead");

    [Fact]
    public async Task The_servers_tg_for_harness_requests_is_within_10_percent_of_curls()
    {
        var port = TestAssets.FreePort();
        await using var log = new ServerLog(Path.Combine(_folder, "server.log"));
        await using var server = await new ProcessLauncher().LaunchAsync(new ServerStart("v", "run", TestPlans.ProcessLaunch(port), log), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        await ReadinessProbe.WaitAsync(server, http, TimeSpan.FromSeconds(60), Stopwatch.StartNew(), CancellationToken.None);
        var benchCase = TestPlans.Case("v", "story", null, 0, maxTokens: 256, ignoreEos: true);
        var bodyFile = Path.Combine(_folder, "body.json");
        await File.WriteAllTextAsync(bodyFile, benchCase.RequestBody.GetRawText());
        var driver = new ChatRequestDriver(http);

        var byCurl = new List<double>();
        var byHarness = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            byCurl.Add(await CurlAsync(server.BaseAddress, bodyFile));
            byHarness.Add((await driver.SendAsync(benchCase, CancellationToken.None)).Timings!.PredictedPerSecond!.Value);
        }

        var ratio = Percentiles.Median(byHarness)!.Value / Percentiles.Median(byCurl)!.Value;
        output.WriteLine($"server TG, median of {Rounds}: harness {Percentiles.Median(byHarness):0.00} t/s, curl {Percentiles.Median(byCurl):0.00} t/s, ratio {ratio:0.000}");
        Assert.InRange(ratio, 0.9, 1.1);
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
