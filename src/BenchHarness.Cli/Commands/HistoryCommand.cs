using System.CommandLine;
using System.Text.Json;
using BenchHarness.Cli.Output;
using BenchHarness.Cli.Storage;
using BenchHarness.Comparison.History;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench history</c>: each case's TG median per run, over server commits and dates, with persisting steps marked.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario") { Description = "Only this scenario" };
        var variant = new Option<string?>("--variant") { Description = "Only this variant" };
        var prompt = new Option<string?>("--prompt") { Description = "Only this prompt" };
        var json = new Option<bool>("--json") { Description = "Print JSON (cases[] with points[] and change_points[])" };
        var db = DatabaseOption.Create();
        var command = new Command("history", "TG median per case over the stored runs, with change points where a step persists.")
        {
            scenario, variant, prompt, json, db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var option = parse.GetValue(db);
            var filter = new SampleFilter(parse.GetValue(scenario), parse.GetValue(variant), parse.GetValue(prompt));
            return DatabaseOption.RunAsync(option, async () =>
            {
                var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
                var histories = CaseHistory.From(await new HistoryQueries(database).PointsAsync(filter, cancellationToken));
                Console.Write(parse.GetValue(json)
                    ? JsonSerializer.Serialize(HistoryJson.Of(histories), JsonDefaults.Options) + Environment.NewLine
                    : HistoryTable.Render(histories));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
