using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BenchHarness.Cli.Storage;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench runs</c>: the stored runs, newest first; with <c>--accept</c>, <c>--exclude</c> or <c>--clear</c>, marks one run instead.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario") { Description = "Only runs of this scenario" };
        var label = new Option<string?>("--label") { Description = "Only runs with this label" };
        var commit = new Option<string?>("--commit") { Description = "Only runs whose server commit starts with this SHA (or is a prefix of it)" };
        var limit = new Option<int>("--limit") { Description = "How many runs to list", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print JSON (runs[]) instead of a table" };
        var accept = new Option<string?>("--accept") { Description = "Mark this run accepted: a baseline the 'accepted' selector finds", HelpName = "RUN" };
        var exclude = new Option<string?>("--exclude") { Description = "Mark this run excluded: left out of every selector but its run id", HelpName = "RUN" };
        var clear = new Option<string?>("--clear") { Description = "Remove this run's accepted and excluded marks", HelpName = "RUN" };
        var reason = new Option<string?>("--reason") { Description = "Why the run is accepted or excluded (stored with the mark)" };
        var db = DatabaseOption.Create();
        var command = new Command("runs", "List stored runs, newest first, or mark one accepted or excluded.")
        {
            scenario, label, commit, limit, json, accept, exclude, clear, reason, db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var option = parse.GetValue(db);
            var marks = new (string? Run, RunMark Mark, string Name)[]
            {
                (parse.GetValue(accept), RunMark.Accepted, "--accept"),
                (parse.GetValue(exclude), RunMark.Excluded, "--exclude"),
                (parse.GetValue(clear), RunMark.None, "--clear"),
            }.Where(m => m.Run is not null).ToList();
            if (marks.Count > 0 || parse.GetValue(reason) is not null)
            {
                return DatabaseOption.RunAsync(option, () => MarkAsync(marks, parse.GetValue(reason), option, cancellationToken));
            }

            var filter = new RunFilter(parse.GetValue(scenario), parse.GetValue(label), parse.GetValue(commit), Limit: parse.GetValue(limit));
            return DatabaseOption.RunAsync(option, () => ListAsync(filter, parse.GetValue(json), option, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ListAsync(RunFilter filter, bool json, string? option, CancellationToken cancellationToken)
    {
        if (filter.Limit < 1)
        {
            throw new InputException("--limit", "must be at least 1");
        }

        var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
        var runs = await new RunQueries(database).ListAsync(filter, cancellationToken);
        Console.WriteLine(json ? JsonSerializer.Serialize(new { runs }, JsonDefaults.Options) : RunsTable.Render(runs));
        return ExitCodes.Ok;
    }

    private static async Task<int> MarkAsync(
        IReadOnlyList<(string? Run, RunMark Mark, string Name)> marks, string? reason, string? option, CancellationToken cancellationToken)
    {
        if (marks.Count != 1)
        {
            throw new InputException(
                marks.Count == 0 ? "--reason" : marks[1].Name,
                marks.Count == 0 ? "goes with --accept RUN or --exclude RUN" : "give one of --accept, --exclude and --clear at a time");
        }

        var (run, mark, name) = marks[0];
        if (mark == RunMark.None && reason is not null)
        {
            throw new InputException("--reason", "goes with --accept RUN or --exclude RUN, not --clear");
        }

        var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
        if (!await new RunMarking(database).MarkAsync(run!, mark, reason, cancellationToken))
        {
            throw new InputException(name, $"no stored run has the id '{run}' (see `bench runs`)");
        }

        Console.WriteLine(mark switch
        {
            RunMark.Accepted => $"{run}: accepted{(reason is null ? "" : $" ({reason})")}",
            RunMark.Excluded => $"{run}: excluded{(reason is null ? "" : $" ({reason})")}",
            _ => $"{run}: marks cleared",
        });
        return ExitCodes.Ok;
    }

    /// <summary>Plain aligned columns: readable in a terminal and in a CI log alike.</summary>
    internal static class RunsTable
    {
        private static readonly string[] Headers = ["RUN", "STARTED (UTC)", "SCENARIO", "LABEL", "REASON", "STATUS", "COMMIT", "SAMPLES"];

        public static string Render(IReadOnlyList<RunSummary> runs)
        {
            if (runs.Count == 0)
            {
                return "no runs stored";
            }

            var rows = runs.Select(r => new[]
            {
                r.Excluded ? r.RunId + " (excluded)" : r.Accepted ? r.RunId + " (accepted)" : r.RunId,
                r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                r.Scenario,
                r.Label ?? "-",
                r.Reason,
                r.Status,
                r.Commits ?? "-",
                r.Samples.ToString(CultureInfo.InvariantCulture),
            }).Prepend(Headers).ToList();
            var widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(row => row[i].Length)).ToArray();
            return string.Join('\n', rows.Select(row => string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()));
        }
    }
}
