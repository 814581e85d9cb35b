using System.CommandLine;
using BenchHarness.Cli.Storage;
using BenchHarness.Results;
using BenchHarness.Storage;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>bench import PATH... [--label L] [--results DIR]</c>: loads run.json files into the database, and llama-bench
/// (json, jsonl, csv, sql) or sweep-bench output as runs of their own; importing the same run again stores it once.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A run.json, a run folder, a results folder holding run folders, or a llama-bench (json, jsonl, csv, sql) or sweep-bench output file",
            Arity = ArgumentArity.OneOrMore,
        };
        var label = new Option<string?>("--label") { Description = "Label for runs made from llama-bench or sweep-bench output." };
        var results = new Option<string>("--results") { Description = "Folder for the results/<run-id>/ of imported program output.", DefaultValueFactory = _ => "results" };
        var db = DatabaseOption.Create();
        var command = new Command("import", "Store runs in the database: from results/ (runs saved while the database was down, or from another machine), or made from llama-bench and sweep-bench output.")
        {
            paths,
            label,
            results,
            db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var option = parse.GetValue(db);
            var request = new ImportRequest(parse.GetValue(paths)!, parse.GetValue(label), parse.GetValue(results)!);
            return DatabaseOption.RunAsync(option, () => ImportAsync(request, option, cancellationToken));
        });
        return command;
    }

    private sealed record ImportRequest(string[] Paths, string? Label, string ResultsRoot);

    private static async Task<int> ImportAsync(ImportRequest request, string? option, CancellationToken cancellationToken)
    {
        var files = request.Paths.SelectMany(RunFiles.Find).Distinct(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InputException(string.Join(", ", request.Paths), $"no {RunFiles.FileName} found");
        }

        // Every file is read before the database is touched: bad input stores nothing in it.
        var runs = new List<RunResult>();
        foreach (var file in files)
        {
            runs.Add(await ImportedRunFiles.IsRunFileAsync(file, cancellationToken)
                ? await RunFiles.ReadAsync(file, cancellationToken)
                : await ImportedRunFiles.ImportAsync(file, request.ResultsRoot, VersionCommand.HarnessVersion, request.Label, cancellationToken));
        }

        var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
        var store = new RunStore(database);
        var counts = new Dictionary<SaveOutcome, int>();
        foreach (var run in runs)
        {
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
