using System.CommandLine;
using BenchHarness.Cli.Storage;
using BenchHarness.Storage;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench import PATH...</c>: loads run.json files into the database; importing a run again stores it once.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A run.json, a run folder, or a results folder holding run folders",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DatabaseOption.Create();
        var command = new Command("import", "Store runs from results/ in the database (runs saved while the database was down, or from another machine).")
        {
            paths,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var option = parse.GetValue(db);
            return DatabaseOption.RunAsync(option, () => ImportAsync(parse.GetValue(paths)!, option, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ImportAsync(string[] paths, string? option, CancellationToken cancellationToken)
    {
        var files = paths.SelectMany(RunFiles.Find).Distinct(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InputException(string.Join(", ", paths), $"no {RunFiles.FileName} found");
        }

        var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
        var store = new RunStore(database);
        var counts = new Dictionary<SaveOutcome, int>();
        foreach (var file in files)
        {
            var run = await RunFiles.ReadAsync(file, cancellationToken);
            var outcome = await store.SaveAsync(run, cancellationToken);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            var samples = run.Variants.Sum(v => v.Samples.Count);
            Console.WriteLine($"{run.RunId}: {DatabaseRunSink.Describe(outcome)} ({samples} samples, status {run.Status.ToString().ToLowerInvariant()})");
        }

        Console.WriteLine(
            $"imported {files.Count} run(s) into {database.DisplayName}: {counts.GetValueOrDefault(SaveOutcome.Inserted)} stored, " +
            $"{counts.GetValueOrDefault(SaveOutcome.Replaced)} replaced, {counts.GetValueOrDefault(SaveOutcome.Unchanged)} unchanged");
        return ExitCodes.Ok;
    }
}
