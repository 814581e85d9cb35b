using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.Running;

/// <summary>
/// Runs a plan: prepares the run folder, removes the servers of runs whose harness died, then runs each variant's
/// server once with all its cases. A variant that fails is recorded and the sweep goes on; cancellation
/// stops at once, and every started server is still stopped and removed.
/// </summary>
public sealed class RunPipeline(RunOptions options, Action<string>? onStatus = null)
{
    public event Action<RunResult>? Changed;

    /// <summary>Runs whose harness died and whose left-over servers this run's start removed (to be marked interrupted).</summary>
    public IReadOnlyList<string> OrphanedRuns { get; private set; } = [];

    public async Task<RunResult> RunAsync(ScenarioPlan plan, CancellationToken cancellationToken)
    {
        var variants = Selected(plan);
        var started = DateTimeOffset.UtcNow;
        var runId = RunIds.Create(started, plan.Name);
        var folder = Path.Combine(options.ResultsRoot, runId);
        Directory.CreateDirectory(folder);
        var recorder = new RunRecorder(folder, new RunResult
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
        });
        recorder.Changed += run => Changed?.Invoke(run);
        await recorder.UpdateRunAsync(run => run);
        onStatus?.Invoke($"run {runId} -> {folder}");

        using var launchers = new LauncherSet(options.EngineSocket);
        var status = RunStatus.Completed;
        try
        {
            var engine = variants.Any(v => v.Launch.Engine != EngineKind.Process) ? await launchers.EngineAsync(cancellationToken) : null;
            OrphanedRuns = await ServerReaper.ReapAsync(options.ResultsRoot, engine, cancellationToken);
            foreach (var orphaned in OrphanedRuns)
            {
                onStatus?.Invoke($"removed servers left by run {orphaned} (its harness is gone)");
            }

            foreach (var variant in variants)
            {
                var session = new VariantSession(variant, plan, runId, recorder, launchers, options, onStatus);
                var ok = await session.RunAsync(cancellationToken);
                status = ok ? status : RunStatus.Failed;
            }
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
