using System.CommandLine;
using BenchHarness.Cli.Output;
using BenchHarness.Cli.Reports;
using BenchHarness.Cli.Storage;
using BenchHarness.Reports;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>bench report SEL [--baseline SEL]</c>: one self-contained HTML page (and optionally Markdown) of the selected runs:
/// speed per case with every sample, thinking cost, depth and concurrency curves, history, startup and launches, and
/// the comparison with a baseline.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var selector = new Argument<string>("selector") { Description = "The runs: a run folder or run.json, a run id, a label, commit:SHA, latest, accepted or accepted:SCENARIO" };
        var baseline = new Option<string?>("--baseline") { Description = "Compare with these runs (a selector as for the runs)" };
        var output = new Option<string>("--out") { Description = "The HTML file to write", DefaultValueFactory = _ => ReportFiles.HtmlFileName };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the report as Markdown (no pictures) to this file, e.g. for a CI job summary" };
        var scenario = new Option<string?>("--scenario") { Description = "Only runs of this scenario" };
        var results = new Option<string>("--results") { Description = "The results folder the runs' run.json files are read from", DefaultValueFactory = _ => "results" };
        var noDb = new Option<bool>("--no-db") { Description = "Select runs among the results folder's run.json files; do not use the database" };
        var threshold = ReportFormatOptions.Threshold();
        var db = DatabaseOption.Create();
        var command = new Command("report", "Write an HTML report (plots and tables, no network needed to view it) of a run or a selection, with an optional baseline comparison.")
        {
            selector, baseline, output, markdown, scenario, results, noDb, threshold, db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var rule = ReportFormatOptions.Rule(parse.GetValue(threshold));
            var selection = new ReportSelection(parse.GetValue(results)!, parse.GetValue(noDb), parse.GetValue(db), parse.GetValue(scenario));
            return DatabaseOption.RunAsync(parse.GetValue(db), async () =>
            {
                var text = parse.GetValue(selector)!;
                var candidate = await selection.ResolveAsync(text, "selector", cancellationToken);
                var input = new ReportInput
                {
                    Title = $"BenchHarness report: {string.Join(", ", candidate.Runs.Select(r => r.Scenario).Distinct())} ({text})",
                    Runs = candidate.Runs,
                    Histories = await ReportHistory.OfAsync(candidate, cancellationToken),
                };
                if (parse.GetValue(baseline) is { } baselineText)
                {
                    var side = await selection.ResolveAsync(baselineText, "--baseline", cancellationToken);
                    var (report, warnings) = await ReportComparison.CompareAsync(side, candidate, parse.GetValue(scenario), rule, cancellationToken);
                    input = input with { Title = input.Title + $" against {baselineText}", BaselineRuns = side.RunIds, Comparison = report, ComparisonWarnings = warnings };
                }

                var html = parse.GetValue(output)!;
                await ReportFiles.WriteAsync(input, html, parse.GetValue(markdown), cancellationToken);
                Console.Error.WriteLine($"{candidate.Runs.Count} run(s): {string.Join(", ", candidate.RunIds)}");
                Console.WriteLine(Path.GetFullPath(html));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
