using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running.Layouts;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.Running;

/// <summary>
/// Runs a plan: prepares the run folder, marks runs whose harness died as interrupted and clears what they left,
/// then runs each variant's server once with its cases, all within the run's time limit. A variant that fails is
/// recorded and the sweep goes on; cancellation stops at once, and every started server is still stopped and removed.
/// </summary>
public sealed class RunPipeline(RunOptions options, Action<string>? onStatus = null)
{
    public event Action<RunResult>? Changed;

    /// <summary>The variants this execution runs, with their cases, for a progress display; set when it starts.</summary>
    public IReadOnlyList<PlannedVariant> Planned { get; private set; } = [];

    /// <summary>Runs whose harness died and whose left-over servers this run's start removed.</summary>
    public IReadOnlyList<string> OrphanedRuns { get; private set; } = [];

    public async Task<RunResult> RunAsync(ScenarioPlan plan, CancellationToken cancellationToken)
    {
        var variants = Selected(plan);
        var started = DateTimeOffset.UtcNow;
        var runId = RunIds.Create(started, plan.Name);
        var recorder = new RunRecorder(Path.Combine(options.ResultsRoot, runId), new RunResult
        {
            RunId = runId,
            Scenario = plan.Name,
            ScenarioHash = plan.ContentHash,
            ScenarioPath = plan.SourcePath,
            Label = options.Label,
            Reason = options.Reason,
            HarnessVersion = options.HarnessVersion,
            StartedAt = started,
            Host = await HostProbe.DescribeAsync(cancellationToken),
            Owner = RunOwnership.Current(),
            Overrides = options.Overrides,
            VariantFilter = options.Variants,
        });
        var work = variants.Select(v => (v, (IReadOnlyList<BenchCase>)plan.CasesOf(v.Name).ToList())).ToList();
        return await ExecuteAsync(plan, recorder, work, "", cancellationToken);
    }

    /// <summary>
    /// Continues an interrupted, failed or cancelled run in its own folder: each selected variant that lacks a
    /// successful sample of some measured case starts its server again and runs its warm-ups and those cases.
    /// </summary>
    public async Task<RunResult> ResumeAsync(ScenarioPlan plan, RunResult previous, CancellationToken cancellationToken)
    {
        var attempt = previous.Resumed + 1;
        var recorder = new RunRecorder(Path.Combine(options.ResultsRoot, previous.RunId), previous with
        {
            Status = RunStatus.Running,
            FinishedAt = null,
            Owner = RunOwnership.Current(),
            Resumed = attempt,
            Variants = previous.Variants.Select(v => Settled(plan, v)).ToArray(),
        });
        var work = new List<(VariantPlan, IReadOnlyList<BenchCase>)>();
        foreach (var variant in Selected(plan))
        {
            var planned = plan.CasesOf(variant.Name).ToList();
            var done = previous.Variants.FirstOrDefault(v => v.Name == variant.Name);
            var missing = done is null ? planned.Where(c => !c.Warmup).ToList() : VariantOutcome.Missing(done, planned).ToList();
            if (missing.Count > 0)
            {
                work.Add((variant, [.. planned.Where(c => c.Warmup), .. missing]));
            }
        }

        onStatus?.Invoke($"resuming {previous.RunId}: {work.Sum(w => w.Item2.Count(c => !c.Warmup))} case(s) of {work.Count} variant(s) left");
        return await ExecuteAsync(plan, recorder, work, $".resume{attempt}", cancellationToken);
    }

    /// <summary>A variant interrupted after its last case has nothing left to run: it completed.</summary>
    private static VariantResult Settled(ScenarioPlan plan, VariantResult variant) =>
        variant.Status != VariantStatus.Completed && VariantOutcome.LostCases(variant, plan.CasesOf(variant.Name)) is null
            && !VariantOutcome.Missing(variant, plan.CasesOf(variant.Name)).Any()
            ? variant with { Status = VariantStatus.Completed, Failure = null }
            : variant;

    /// <summary>Runs each variant's session; the plans of one co-resident layout share its servers, stopped after its last plan.</summary>
    private async Task<bool> RunWorkAsync(
        ScenarioPlan plan, IReadOnlyList<(VariantPlan Variant, IReadOnlyList<BenchCase> Cases)> work, VariantContext context, LimitScope runLimit)
    {
        var ok = true;
        LayoutServers? layout = null;
        try
        {
            foreach (var (variant, cases) in work)
            {
                if (layout is not null && layout.Name != variant.Layout?.Layout)
                {
                    await layout.DisposeAsync();
                    layout = null;
                }

                if (layout is null && variant.Layout is { } role)
                {
                    layout = new LayoutServers(role.Layout, [.. plan.Variants.Where(v => v.Layout?.Layout == role.Layout)], context, onStatus);
                }

                ok &= await new VariantSession(variant, cases, context, runLimit, onStatus, layout).RunAsync();
            }
        }
        finally
        {
            if (layout is not null)
            {
                await layout.DisposeAsync();
            }
        }

        return ok;
    }

    private async Task<RunResult> ExecuteAsync(
        ScenarioPlan plan, RunRecorder recorder, IReadOnlyList<(VariantPlan Variant, IReadOnlyList<BenchCase> Cases)> work, string logSuffix,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(recorder.RunFolder);
        Planned = work.Select(w => new PlannedVariant(
                w.Variant.Name,
                w.Cases.Count,
                recorder.Current.Variants.FirstOrDefault(v => v.Name == w.Variant.Name)?.Samples.Count(s => s.Lane is null or 1) ?? 0))
            .ToList();
        recorder.Changed += run => Changed?.Invoke(run);
        await recorder.UpdateRunAsync(run => run);
        onStatus?.Invoke($"run {recorder.Current.RunId} -> {recorder.RunFolder}");
        foreach (var interrupted in await InterruptedRuns.MarkAsync(options.ResultsRoot, cancellationToken))
        {
            onStatus?.Invoke($"run {interrupted} was interrupted (its harness is gone); bench run --resume {interrupted} completes it");
        }

        var load = await BackgroundLoadProbe.MeasureAsync(options.LoadProbeWindow, cancellationToken);
        await recorder.UpdateRunAsync(run => run with { BackgroundLoad = load });
        foreach (var reason in load.BusyReasons)
        {
            onStatus?.Invoke($"warning: busy machine: {reason}");
        }

        using var launchers = new LauncherSet(options.EngineSocket);
        using var runLimit = new LimitScope(plan.RunLimit(work.Select(w => w.Variant)), cancellationToken);
        var context = new VariantContext(plan, recorder, launchers, options, await VariantMemoryGate.CreateAsync(plan, cancellationToken), logSuffix);
        var status = RunStatus.Completed;
        try
        {
            var engine = work.Any(w => w.Variant.Launch.Engine != EngineKind.Process) ? await launchers.EngineAsync(runLimit.Token) : null;
            OrphanedRuns = await ServerReaper.ReapAsync(options.ResultsRoot, engine, runLimit.Token);
            foreach (var orphaned in OrphanedRuns)
            {
                onStatus?.Invoke($"removed servers left by run {orphaned} (its harness is gone)");
            }

            status = await RunWorkAsync(plan, work, context, runLimit) ? status : RunStatus.Failed;
        }
        catch (OperationCanceledException) when (runLimit.Expired)
        {
            onStatus?.Invoke(runLimit.Describe("the run"));
            status = RunStatus.Failed;
        }
        catch (OperationCanceledException)
        {
            status = RunStatus.Cancelled;
            throw;
        }
        catch
        {
            status = RunStatus.Failed;
            throw;
        }
        finally
        {
            await recorder.UpdateRunAsync(run => run with { Status = status, FinishedAt = DateTimeOffset.UtcNow });
        }

        return recorder.Current;
    }

    private IReadOnlyList<VariantPlan> Selected(ScenarioPlan plan)
    {
        if (options.Variants.Count == 0)
        {
            return plan.Variants;
        }

        var unknown = options.Variants.Except(plan.Variants.Select(v => v.Name)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InputException(plan.SourcePath, $"no variant named {string.Join(", ", unknown)}");
        }

        return plan.Variants.Where(v => options.Variants.Contains(v.Name)).ToArray();
    }
}
