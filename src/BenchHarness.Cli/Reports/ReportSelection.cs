using BenchHarness.Reports;
using BenchHarness.Results;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Reports;

/// <summary>
/// Finds the runs a report selector names: a run folder or run.json path as given; with <c>--no-db</c> a selector over
/// the results folder's run.json files; otherwise a selector over the store, as <c>bench compare</c> resolves it, each
/// run read from its run.json when the results folder has it (it keeps more than the store) and from the store if not.
/// </summary>
internal sealed class ReportSelection(string resultsRoot, bool noDb, string? databaseOption, string? scenario)
{
    public async Task<SelectedRuns> ResolveAsync(string text, string field, CancellationToken cancellationToken)
    {
        if (await RunFolders.TryReadAsync(text, cancellationToken) is { } run)
        {
            var folder = Directory.Exists(text) ? text : Path.GetDirectoryName(Path.GetFullPath(text))!;
            return new SelectedRuns([run], null, Path.GetDirectoryName(Path.GetFullPath(folder))!, null);
        }

        var selector = Parse(text, field);
        if (noDb)
        {
            var all = await RunFolders.ReadAllAsync(resultsRoot, line => Console.Error.WriteLine($"warning: {line}"), cancellationToken);
            var runs = LocalRunSelection.Select(all, selector, scenario);
            return runs.Count > 0
                ? new SelectedRuns(runs, selector, resultsRoot, null)
                : throw new InputException(field, $"no run under {resultsRoot}/ matches '{text}' (a run folder, a run id, a label, commit:SHA or latest)");
        }

        var database = await DatabaseLocator.ResolveAsync(databaseOption, cancellationToken);
        var ids = await new SampleQueries(database).RunIdsAsync(selector, new SampleFilter(scenario), cancellationToken);
        if (ids.Count == 0)
        {
            throw new InputException(field, $"no stored run matches '{text}' (a run id, a label, commit:SHA, latest or accepted; see `bench runs`, or pass a run folder or --no-db)");
        }

        var read = new List<RunResult>();
        foreach (var id in ids)
        {
            read.Add(await RunFolders.TryReadRunAsync(resultsRoot, id, cancellationToken)
                     ?? StoredRunResults.From(await new StoredRunReader(database).ReadAsync(id, cancellationToken)
                                              ?? throw new InputException(field, $"run {id} vanished from the store while it was read")));
        }

        return new SelectedRuns(read, selector, resultsRoot, database);
    }

    private static RunSelector Parse(string text, string field)
    {
        try
        {
            return RunSelector.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new InputException(field, e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}

/// <param name="Selector">The selector that found the runs; null for a path.</param>
/// <param name="ResultsRoot">The results folder the runs' histories are read from without a store.</param>
/// <param name="Database">The store the runs came from; null when they came from files.</param>
internal sealed record SelectedRuns(IReadOnlyList<RunResult> Runs, RunSelector? Selector, string ResultsRoot, BenchDatabase? Database)
{
    public IReadOnlyList<string> RunIds => Runs.Select(r => r.RunId).ToList();
}
