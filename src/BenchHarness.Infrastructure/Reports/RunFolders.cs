using System.Text.Json;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Reports;

/// <summary>Reads runs from a results folder (<c>results/&lt;run-id&gt;/run.json</c>), without the database.</summary>
public static class RunFolders
{
    /// <summary>The run a path names: a run folder or its run.json; null when the path is neither.</summary>
    public static async Task<RunResult?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, RunResultFile.FileName) : path;
        return File.Exists(file) && Path.GetFileName(file) == RunResultFile.FileName ? await ReadAsync(file, cancellationToken) : null;
    }

    /// <summary>The run.json of the run id under the results folder, or null.</summary>
    public static Task<RunResult?> TryReadRunAsync(string resultsRoot, string runId, CancellationToken cancellationToken) =>
        TryReadAsync(Path.Combine(resultsRoot, runId), cancellationToken);

    /// <summary>Every run under the results folder; a file that does not read is skipped with a warning.</summary>
    public static async Task<IReadOnlyList<RunResult>> ReadAllAsync(string resultsRoot, Action<string> warn, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(resultsRoot))
        {
            return [];
        }

        var runs = new List<RunResult>();
        var files = Directory.EnumerateDirectories(resultsRoot).Select(d => Path.Combine(d, RunResultFile.FileName)).Where(File.Exists);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            try
            {
                runs.Add(await ReadAsync(file, cancellationToken));
            }
            catch (Exception e) when (e is InputException or InvalidDataException or IOException)
            {
                warn($"{file}: not read: {e.Message}");
            }
        }

        return runs;
    }

    private static async Task<RunResult> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await RunResultFile.ReadAsync(file, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InputException(file, $"not a run.json: {e.Message}");
        }
    }
}
