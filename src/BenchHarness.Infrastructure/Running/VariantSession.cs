using BenchHarness.Memory;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running.Layouts;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// One variant's life in a run: start its server, wait until ready, read what actually runs, sample its
/// resources, send warm-ups then cases, and stop and remove the server in every path. The variant has a time
/// limit of its own inside the run's; a hung request, a dead server or a case left without a successful sample
/// fails the variant, and the sweep goes on.
/// </summary>
internal sealed class VariantSession(
    VariantPlan variant, IReadOnlyList<BenchCase> cases, VariantContext context, LimitScope runLimit, Action<string>? onStatus,
    LayoutServers? layout = null)
{
    private readonly string _logFile = layout is not null && variant.Layout is { } role
        ? layout.LogFile(role.Role)
        : $"{RunIds.Slug(variant.Name)}{context.LogSuffix}.log";

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
        await using var ownLog = layout is null ? new ServerLog(Path.Combine(Recorder.RunFolder, _logFile)) : null;
        var log = ownLog ?? layout!.Log(variant.Layout!.Role);
        using var limit = new LimitScope(context.Plan.VariantLimit(variant), runLimit.Token);
        try
        {
            var memory = context.Memory.Predict(variant.Name, variant.Launch, limit.Token);
            if (memory is { Memory.Fits: false } && !context.Options.TryAnyway && !VariantMemoryGate.ServerFitsItself(variant.Launch.ServerArgs))
            {
                if (memory.Value.Memory.SurelyOver)
                {
                    return await Fail(log, VariantMemoryGate.SkipReason(memory.Value.Memory));
                }

                onStatus?.Invoke($"{variant.Name}: {VariantMemoryGate.Doubt(memory.Value.Memory)}");
            }

            // Servers of one layout hold their memory at the same time: their sum must fit each device too.
            if (layout is not null && !context.Options.TryAnyway
                && context.Memory.PredictLayout(layout.Name, layout.Roles, limit.Token) is { Fits: false } together)
            {
                if (together.SurelyOver)
                {
                    return await Fail(log, VariantMemoryGate.SkipReason(together));
                }

                onStatus?.Invoke($"{variant.Name}: {VariantMemoryGate.Doubt(together)}");
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
        if (layout is not null && variant.Layout is { } role)
        {
            await RunInLayoutAsync(layout, role, log, prediction, cancellationToken);
            return;
        }

        await using var started = await StartedServer.StartAsync(variant.Name, variant.Launch, log, context, onStatus, cancellationToken);
        await RecordStartAsync(started, log, prediction, layoutRecord: null);
        await CaseLoop.RunAsync(variant.Name, started, cases, context, onStatus, cancellationToken);
        await started.Server.StopAsync(cancellationToken);
    }

    /// <summary>The layout's servers are shared by its plans: this one measures its role's, with the others loaded or idle.</summary>
    private async Task RunInLayoutAsync(LayoutServers servers, LayoutRole role, ServerLog log, MemoryPrediction? prediction, CancellationToken cancellationToken)
    {
        var started = await servers.ServerAsync(role.Role, cancellationToken);
        var names = servers.Roles.Select(r => r.Layout!.Role).ToArray();
        await RecordStartAsync(started, log, prediction, new LayoutRecord(role.Layout, role.Role, role.UnderLoad, names));
        IReadOnlyList<ServingLoad> loads = role.UnderLoad ? await servers.LoadOthersAsync(role.Role, cancellationToken) : [];
        DateTimeOffset? loadStarted = role.UnderLoad ? DateTimeOffset.UtcNow : null;
        try
        {
            await CaseLoop.RunAsync(variant.Name, started, cases, context, onStatus, cancellationToken);
        }
        finally
        {
            DateTimeOffset? loadStopped = role.UnderLoad ? DateTimeOffset.UtcNow : null;
            foreach (var load in loads)
            {
                await load.DisposeAsync();
            }

            await Recorder.UpdateVariantAsync(variant.Name, v => v with
            {
                Layout = v.Layout! with
                {
                    LoadStartedAt = loadStarted,
                    LoadStoppedAt = loadStopped,
                    LoadRequestsCompleted = loads.Sum(l => l.Completed),
                    LoadRequestsFailed = loads.Sum(l => l.Failed),
                },
            });
        }
    }

    /// <summary>What the ready server says about itself, and whether what it loaded matches the predicted placement.</summary>
    private async Task RecordStartAsync(StartedServer started, ServerLog log, MemoryPrediction? prediction, LayoutRecord? layoutRecord)
    {
        var startup = log.Report.Startup;
        var check = prediction is not null && startup.Buffers.Count > 0 ? PlacementCheck.Compare(prediction, startup.Buffers) : null;
        await Recorder.UpdateVariantAsync(variant.Name, v => started.Describe(v, log) with { PlacementCheck = check, Layout = layoutRecord ?? v.Layout });
        foreach (var reason in check?.Reasons ?? [])
        {
            onStatus?.Invoke($"{variant.Name}: placement differs from the plan: {reason}");
        }
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
