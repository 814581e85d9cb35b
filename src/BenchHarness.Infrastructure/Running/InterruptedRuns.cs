using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// Finds runs in a results folder that still say <c>running</c> although their harness is gone (killed, or the
/// machine rebooted), and marks them <c>interrupted</c> with their unfinished variants, so nobody mistakes them
/// for live runs and <c>bench run --resume</c> can complete them.
/// </summary>
public static class InterruptedRuns
{
    public static async Task<IReadOnlyList<string>> MarkAsync(string resultsRoot, CancellationToken cancellationToken)
    {
        var marked = new List<string>();
        if (!Directory.Exists(resultsRoot))
        {
            return marked;
        }

        foreach (var folder in Directory.EnumerateDirectories(resultsRoot))
        {
            var file = Path.Combine(folder, RunResultFile.FileName);
            if (!File.Exists(file) || await TryReadAsync(file, cancellationToken) is not { Status: RunStatus.Running, Owner: { } owner } run
                || RunOwnership.IsAlive(owner))
            {
                continue;
            }

            await RunResultFile.WriteAsync(folder, Interrupted(run), cancellationToken);
            marked.Add(run.RunId);
        }

        return marked;
    }

    public static RunResult Interrupted(RunResult run) => run with
    {
        Status = RunStatus.Interrupted,
        Variants = run.Variants.Select(v => v.Status != VariantStatus.Running ? v : v with
        {
            Status = VariantStatus.Interrupted,
            Failure = $"interrupted: the harness (pid {run.Owner?.Pid}) stopped while this variant ran",
        }).ToArray(),
    };

    private static async Task<RunResult?> TryReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await RunResultFile.ReadAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidDataException)
        {
            return null; // a folder that is not a readable run is none of our business
        }
    }
}
