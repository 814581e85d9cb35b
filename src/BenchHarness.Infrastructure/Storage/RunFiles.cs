using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Storage;

/// <summary>Finds and reads <c>run.json</c> files: a file, a run folder, or a results folder holding run folders.</summary>
public static class RunFiles
{
    public const string FileName = "run.json";

    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (!Directory.Exists(path))
        {
            throw new InputException(path, "no such file or folder");
        }

        var own = Path.Combine(path, FileName);
        if (File.Exists(own))
        {
            return [Path.GetFullPath(own)];
        }

        return Directory.EnumerateDirectories(path)
            .Select(run => Path.Combine(run, FileName))
            .Where(File.Exists)
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<RunResult> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        try
        {
            return await JsonSerializer.DeserializeAsync<RunResult>(stream, JsonDefaults.Options, cancellationToken)
                ?? throw new InputException(file, "empty run file");
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var message = e.Message.Split(" Path: ")[0]; // the location is in the error already
            throw new InputException([new InputError(file, line, column, e.Path ?? "", message)]);
        }
    }
}
