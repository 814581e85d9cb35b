using System.Diagnostics;
using BenchHarness.Memory;
using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// One variant's life in a run: start its server, wait until ready, read what actually runs, sample its
/// resources, send warm-ups then cases, and stop and remove the server in every path. The variant has a time
/// limit of its own inside the run's; a hung request, a dead server or a case left without a successful sample
/// fails the variant, and the sweep goes on.
/// </summary>
internal sealed class VariantSession(
    VariantPlan variant, IReadOnlyList<BenchCase> cases, VariantContext context, LimitScope runLimit, Action<string>? onStatus)
{
    private readonly string _logFile = $"{RunIds.Slug(variant.Name)}{context.LogSuffix}.log";
    private RunRecorder Recorder => context.Recorder;

    /// <returns>False when the variant failed (recorded with its reason); throws on cancellation and when the run's limit passed.</returns>
    public async Task<bool> RunAsync()
    {
        await Recorder.AddOrResetVariantAsync(new VariantResult
        {
            Name = variant.Name,
            Launch = LaunchRedactor.Record(variant.Launch),
            LogFile = _logFile,
        });
        await using var log = new ServerLog(Path.Combine(Recorder.RunFolder, _logFile));
        using var limit = new LimitScope(context.Plan.VariantLimit(variant), runLimit.Token);
        try
        {
            var memory = context.Memory.Predict(variant.Name, variant.Launch, limit.Token);
            if (memory is { Memory.Fits: false } && !context.Options.TryAnyway && !VariantMemoryGate.ServerFitsItself(variant.Launch.ServerArgs))
            {
                return await Fail(log, VariantMemoryGate.SkipReason(memory.Value.Memory));
            }

            await RunServerAsync(log, memory?.Prediction, limit.Token);
            var lost = VariantOutcome.LostCases(Recorder.Current.Variants.Single(v => v.Name == variant.Name), context.Plan.CasesOf(variant.Name));
            await Finish(log, lost is null ? VariantStatus.Completed : VariantStatus.Failed, lost);
            return lost is null;
        }
        catch (OperationCanceledException) when (runLimit.Expired)
        {
            await Finish(log, VariantStatus.Failed, runLimit.Describe("the run"));
            throw;
        }
        catch (OperationCanceledException) when (runLimit.Token.IsCancellationRequested)
        {
            await Finish(log, VariantStatus.Cancelled, "cancelled");
            throw;
        }
        catch (OperationCanceledException) when (limit.Expired)
        {
            return await Fail(log, limit.Describe($"variant {variant.Name}"));
        }
        catch (RequestTimedOutException e)
        {
            await Recorder.UpdateVariantAsync(variant.Name, v => v with { Samples = [.. v.Samples, e.Failed] });
            return await Fail(log, e.Message);
        }
        catch (Exception e) when (e is ServerStartException or ServerDiedException or HttpRequestException or IOException
            or System.Text.Json.JsonException or InvalidOperationException or System.ComponentModel.Win32Exception or Docker.DotNet.DockerApiException)
        {
            return await Fail(log, e.Message);
        }
    }

    private async Task RunServerAsync(ServerLog log, MemoryPrediction? prediction, CancellationToken cancellationToken)
    {
        var launch = BufferLogging.Enable(variant.Launch.AutoPort ? variant.Launch.WithPort(Net.LoopbackPort.Free()) : variant.Launch);
        onStatus?.Invoke($"{variant.Name}: starting {launch.Engine.ToString().ToLowerInvariant()} server on port {launch.HostPort}");
        var sinceLaunch = Stopwatch.StartNew();
        var start = new ServerStart(variant.Name, Recorder.Current.RunId, launch, log, Recorder.RunFolder);
        await using var rpc = await RpcDeviceSet.StartAsync(start, cancellationToken);
        await using var server = await context.Launchers.For(launch.Engine)
            .LaunchAsync(start, cancellationToken);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

        var loaded = await ReadinessProbe.WaitAsync(server, http, launch.StartupTimeout, sinceLaunch, cancellationToken);
        var build = await ServerProps.ReadAsync(http, cancellationToken);
        var startup = log.Report.Startup;
        var check = prediction is not null && startup.Buffers.Count > 0 ? PlacementCheck.Compare(prediction, startup.Buffers) : null;
        await Recorder.UpdateVariantAsync(variant.Name, v => v with
        {
            Launch = LaunchRedactor.Record(launch),
            LoadMs = loaded.TotalMilliseconds,
            Build = build,
            Startup = startup,
            PlacementCheck = check,
        });
        onStatus?.Invoke($"{variant.Name}: ready in {loaded.TotalSeconds:0.0} s ({build.BuildInfo})");
        foreach (var reason in check?.Reasons ?? [])
        {
            onStatus?.Invoke($"{variant.Name}: placement differs from the plan: {reason}");
        }

        using var gate = new ProbeGate();
        await using (new ResourceMonitor(server, sinceLaunch, sample => Recorder.AddResourceSample(variant.Name, sample), gate))
        {
            var runner = new CaseRunner(server, http, context.Options.LogTimingPatience);
            var ordered = cases.OrderBy(c => c.Warmup ? 0 : 1).ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                onStatus?.Invoke($"{variant.Name}: case {i + 1}/{ordered.Length} {ordered[i].Prompt} {ordered[i].ThinkingLabel}" +
                    $"{BenchCase.DimensionSuffix(ordered[i].Depth, ordered[i].Concurrency)}{(ordered[i].Warmup ? " (warm-up)" : "")}");
                IReadOnlyList<Sample> samples;
                using (await gate.TimedAsync(cancellationToken))
                {
                    samples = await runner.RunAsync(ordered[i], cancellationToken);
                }

                await Recorder.UpdateVariantAsync(variant.Name, v => v with { Samples = [.. v.Samples, .. samples] });
            }
        }

        await server.StopAsync(cancellationToken);
    }

    private async Task<bool> Fail(ServerLog log, string reason)
    {
        onStatus?.Invoke($"{variant.Name}: failed: {reason}");
        await Finish(log, VariantStatus.Failed, reason);
        return false;
    }

    private Task Finish(ServerLog log, VariantStatus status, string? failure) =>
        Recorder.UpdateVariantAsync(variant.Name, v => v with
        {
            Status = status,
            Failure = failure,
            Startup = log.Report.Startup,
            Build = ServerBuildSources.Complete(v.Build, log.Report.Startup, v.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null)),
        });
}
