using System.Diagnostics;
using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// One variant's life in a run: start its server, wait until ready, read what actually runs, sample its
/// resources, send warm-ups then cases, and stop and remove the server in every path.
/// </summary>
internal sealed class VariantSession(
    VariantPlan variant, ScenarioPlan plan, string runId, RunRecorder recorder, LauncherSet launchers, RunOptions options, Action<string>? onStatus)
{
    private readonly string _logFile = $"{RunIds.Slug(variant.Name)}.log";

    /// <returns>False when the variant failed (recorded with its reason); throws only on cancellation.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        await recorder.AddVariantAsync(new VariantResult
        {
            Name = variant.Name,
            Launch = LaunchRedactor.Record(variant.Launch),
            LogFile = _logFile,
        });
        await using var log = new ServerLog(Path.Combine(recorder.RunFolder, _logFile));
        try
        {
            await RunServerAsync(log, cancellationToken);
            await Finish(log, VariantStatus.Completed, null);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Finish(log, VariantStatus.Cancelled, "cancelled");
            throw;
        }
        catch (Exception e) when (e is ServerStartException or ServerDiedException or HttpRequestException or IOException
            or System.Text.Json.JsonException or InvalidOperationException or System.ComponentModel.Win32Exception or Docker.DotNet.DockerApiException)
        {
            onStatus?.Invoke($"{variant.Name}: failed: {e.Message}");
            await Finish(log, VariantStatus.Failed, e.Message);
            return false;
        }
    }

    private async Task RunServerAsync(ServerLog log, CancellationToken cancellationToken)
    {
        var launch = variant.Launch.AutoPort ? variant.Launch.WithPort(Net.LoopbackPort.Free()) : variant.Launch;
        onStatus?.Invoke($"{variant.Name}: starting {launch.Engine.ToString().ToLowerInvariant()} server on port {launch.HostPort}");
        var sinceLaunch = Stopwatch.StartNew();
        await using var server = await launchers.For(launch.Engine)
            .LaunchAsync(new ServerStart(variant.Name, runId, launch, log, recorder.RunFolder), cancellationToken);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

        var loaded = await ReadinessProbe.WaitAsync(server, http, launch.StartupTimeout, sinceLaunch, cancellationToken);
        var build = await ServerProps.ReadAsync(http, cancellationToken);
        await recorder.UpdateVariantAsync(variant.Name, v => v with
        {
            Launch = LaunchRedactor.Record(launch),
            LoadMs = loaded.TotalMilliseconds,
            Build = build,
            Startup = log.Report.Startup,
        });
        onStatus?.Invoke($"{variant.Name}: ready in {loaded.TotalSeconds:0.0} s ({build.BuildInfo})");

        await using (new ResourceMonitor(server, sinceLaunch, sample => recorder.AddResourceSample(variant.Name, sample)))
        {
            var runner = new CaseRunner(server, http, options.LogTimingPatience);
            var cases = plan.CasesOf(variant.Name).OrderBy(c => c.Warmup ? 0 : 1).ToArray();
            for (var i = 0; i < cases.Length; i++)
            {
                onStatus?.Invoke($"{variant.Name}: case {i + 1}/{cases.Length} {cases[i].Prompt} {cases[i].ThinkingLabel}{(cases[i].Warmup ? " (warm-up)" : "")}");
                var sample = await runner.RunAsync(cases[i], cancellationToken);
                await recorder.UpdateVariantAsync(variant.Name, v => v with { Samples = [.. v.Samples, sample] });
            }
        }

        await server.StopAsync(cancellationToken);
    }

    private Task Finish(ServerLog log, VariantStatus status, string? failure) =>
        recorder.UpdateVariantAsync(variant.Name, v => v with
        {
            Status = status,
            Failure = failure,
            Startup = log.Report.Startup,
            Build = ServerBuildSources.Complete(v.Build, log.Report.Startup, v.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null)),
        });
}
