using System.CommandLine;
using BenchHarness.Cli.Output;
using BenchHarness.Cli.Storage;
using BenchHarness.Comparison;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Comparison;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench compare --baseline SEL --candidate SEL</c>: is the candidate slower than the baseline, case by case?</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "Runs to compare against: a run id, a label, commit:SHA, latest, accepted or accepted:SCENARIO", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "Runs under test: a run id, a label, commit:SHA, latest, accepted or accepted:SCENARIO", Required = true };
        var scenario = new Option<string?>("--scenario") { Description = "Only this scenario" };
        var variant = new Option<string?>("--variant") { Description = "Only this variant" };
        var prompt = new Option<string?>("--prompt") { Description = "Only this prompt" };
        var format = ReportFormatOptions.Create();
        var threshold = ReportFormatOptions.Threshold();
        var failOnRegression = new Option<bool>("--fail-on-regression") { Description = "Exit 1 when any case is slower" };
        var db = DatabaseOption.Create();
        var command = new Command("compare", "Compare the stored samples of two sets of runs, case by case, on TG and PP.")
        {
            baseline, candidate, scenario, variant, prompt, format.Markdown, format.Json, threshold, failOnRegression, db,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var option = parse.GetValue(db);
            var request = new ComparisonRequest(
                Selector(parse.GetValue(baseline)!, "--baseline"),
                Selector(parse.GetValue(candidate)!, "--candidate"),
                new SampleFilter(parse.GetValue(scenario), parse.GetValue(variant), parse.GetValue(prompt)),
                ReportFormatOptions.Rule(parse.GetValue(threshold)));
            return DatabaseOption.RunAsync(option, async () =>
            {
                var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
                var result = await new StoredComparison(database).CompareAsync(request, cancellationToken);
                Console.Error.WriteLine($"baseline: {string.Join(", ", result.BaselineRuns)}");
                Console.Error.WriteLine($"candidate: {string.Join(", ", result.CandidateRuns)}");
                return ComparisonOutput.Write(result.Report, result.Warnings, format.Of(parse), parse.GetValue(failOnRegression));
            });
        });
        return command;
    }

    private static RunSelector Selector(string text, string side)
    {
        try
        {
            return RunSelector.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new InputException(side, e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
