using BenchHarness.Imports;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Storage;

/// <summary>
/// Reads a llama-bench or sweep-bench output file into a run and keeps it as the harness keeps its own:
/// <c>results/&lt;run-id&gt;/run.json</c>, with the imported file copied beside it unchanged.
/// </summary>
public static class ImportedRunFiles
{
    /// <summary>Whether a file is the harness's own run.json (named so, or an indented JSON object) rather than a program's output.</summary>
    public static async Task<bool> IsRunFileAsync(string file, CancellationToken cancellationToken)
    {
        if (Path.GetFileName(file) == RunFiles.FileName)
        {
            return true;
        }

        using var reader = new StreamReader(file);
        var first = await reader.ReadLineAsync(cancellationToken);
        return first?.Trim() == "{";
    }

    public static async Task<RunResult> ImportAsync(string file, string resultsRoot, string harnessVersion, string? label, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(file, cancellationToken);
        var run = BenchOutputImport.Read(text, file, File.GetLastWriteTimeUtc(file), harnessVersion, label);
        var folder = Path.Combine(resultsRoot, run.RunId);
        Directory.CreateDirectory(folder);
        File.Copy(file, Path.Combine(folder, "imported-" + Path.GetFileName(file)), overwrite: true);
        await RunResultFile.WriteAsync(folder, run, cancellationToken);
        return run;
    }
}
