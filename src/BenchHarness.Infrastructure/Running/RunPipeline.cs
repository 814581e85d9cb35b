using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Servers.Containers;

namespace BenchHarness.Running;

/// <summary>
/// Runs a plan: prepares the run folder, clears containers a killed run left, then runs each variant's
/// server once with all its cases. A variant that fails is recorded and the sweep goes on; cancellation
/// stops at once, and every started server is still stopped and removed.
/// </summary>
public sealed class RunPipeline(RunOptions options, Action<string>? onStatus = null)
{
    public event Action<RunResult>? Changed;

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
            if (variants.Any(v => v.Launch.Engine != EngineKind.Process))
            {
                var removed = await ContainerCleanup.RemoveLeftoversAsync(launchers.Engine, cancellationToken);
                if (removed > 0)
                {
                    onStatus?.Invoke($"removed {removed} container(s) left by an earlier run");
                }
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
