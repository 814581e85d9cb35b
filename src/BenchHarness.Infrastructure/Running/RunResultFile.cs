using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>Writes <c>run.json</c> atomically: a temporary file in the same folder, then a rename over the old one.</summary>
public static class RunResultFile
{
    public const string FileName = "run.json";

    public static async Task WriteAsync(string runFolder, RunResult run, CancellationToken cancellationToken)
    {
        var target = Path.Combine(runFolder, FileName);
        var temporary = Path.Combine(runFolder, $".{FileName}.{Environment.ProcessId}.tmp");
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, run, JsonDefaults.Options, cancellationToken);
        }

        File.Move(temporary, target, overwrite: true);
    }

    public static async Task<RunResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<RunResult>(stream, JsonDefaults.Options, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no run");
    }
}
