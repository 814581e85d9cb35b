using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Storage;

namespace BenchHarness.Cli.Commands;

/// <summary>Reads the run that <c>--resume RUN_ID</c> names and refuses one that is finished or still running.</summary>
internal static class ResumableRun
{
    public static async Task<RunResult> ReadAsync(string resultsRoot, string runId, CancellationToken cancellationToken)
    {
        if (runId.Contains('/') || runId.Contains('\\') || runId is "." or "..")
        {
            throw new InputException("--resume", $"'{runId}' is not a run id");
        }

        var file = Path.Combine(resultsRoot, runId, RunFiles.FileName);
        if (!File.Exists(file))
        {
            throw new InputException("--resume", $"no run {runId} in {resultsRoot} ({file} does not exist)");
        }

        foreach (var interrupted in await InterruptedRuns.MarkAsync(resultsRoot, cancellationToken))
        {
            Console.Error.WriteLine($"run {interrupted} was interrupted (its harness is gone)");
        }

        var run = await RunFiles.ReadAsync(file, cancellationToken);
        return run.Status switch
        {
            RunStatus.Running => throw new InputException("--resume", $"run {runId} is still running (pid {run.Owner?.Pid} on {run.Owner?.Host})"),
            RunStatus.Completed when run.Variants.All(v => v.Status == VariantStatus.Completed) =>
                throw new InputException("--resume", $"run {runId} completed; nothing is left to run"),
            _ => run,
        };
    }
}
