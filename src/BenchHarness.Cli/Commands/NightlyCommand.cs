using System.CommandLine;
using System.Globalization;
using BenchHarness.Builds;
using BenchHarness.Cli.Output;
using BenchHarness.Cli.Reports;
using BenchHarness.Cli.Storage;
using BenchHarness.Comparison.Rendering;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Comparison;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>bench nightly FILE</c>: build or take the candidate, run the sweep as <c>bench run</c> does, store it, compare it
/// with the baseline (default: the last accepted run of the scenario), write <c>nightly.md</c> and
/// <c>comparison.json</c> into the run folder, and exit 1 on a regression (or a failed run), 0 otherwise.
/// </summary>
internal static class NightlyCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The scenario file (YAML)." };
        var candidate = new Option<string?>("--candidate") { Description = "git:PATH@COMMIT or npm:node-llama-cpp@VERSION (built, cached), a llama-server binary or an image (default: the scenario's server)" };
        var baseline = new Option<string?>("--baseline") { Description = "Runs to compare with: a selector as for bench compare (default: accepted:SCENARIO)" };
        var label = new Option<string?>("--label") { Description = "Label of the run (default nightly-<UTC date>)" };
        var accept = new Option<bool>("--accept") { Description = "Mark the run accepted when it shows no regression (also when there is no baseline yet)" };
        var set = new Option<string[]>("--set") { Description = "Override a scenario value: key.path=value (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var variant = new Option<string[]>("--variant") { Description = "Run only this variant (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var results = new Option<string>("--results") { Description = "Folder for results/<run-id>/.", DefaultValueFactory = _ => "results" };
        var engineSocket = new Option<string?>("--engine-socket") { Description = "Container engine API (as for bench run)." };
        var backend = new Option<string>("--backend") { Description = "Backend of a built candidate: cpu, cuda or rocm (as for bench build)", DefaultValueFactory = _ => "cpu" };
        var cmakeArgs = new Option<string[]>("--cmake-arg") { Description = "Extra cmake argument of a built candidate (repeatable)" };
        var threshold = ReportFormatOptions.Threshold();
        var lockWait = MachineLockOption.Create();
        var db = DatabaseOption.Create();
        var command = new Command("nightly", "Build or take a candidate, run the sweep, store and compare it with the baseline; exit 1 on a regression.")
        {
            file, candidate, baseline, label, accept, backend, cmakeArgs, set, variant, results, engineSocket, threshold, lockWait, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var plan = ScenarioLoader.Load(parse.GetValue(file)!, parse.GetValue(set) ?? []);
            var rule = ReportFormatOptions.Rule(parse.GetValue(threshold));
            var baselineText = parse.GetValue(baseline) ?? $"{RunSelector.Accepted}:{plan.Name}";
            var baselineSelector = Selector(baselineText);
            var recipe = new BuildRecipe(Backend(parse.GetValue(backend)!), parse.GetValue(cmakeArgs) ?? []);
            var (measured, description) = await NightlyCandidate.ApplyAsync(plan, parse.GetValue(candidate), recipe, cancellationToken);
            var options = new RunOptions
            {
                ResultsRoot = parse.GetValue(results)!,
                Label = parse.GetValue(label) ?? "nightly-" + DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Reason = "nightly",
                Variants = parse.GetValue(variant) ?? [],
                EngineSocket = parse.GetValue(engineSocket),
                HarnessVersion = VersionCommand.HarnessVersion,
            };
            var option = parse.GetValue(db);
            await RunPreflight.CheckAsync(measured, options.Variants, options.EngineSocket, option, noDb: false, cancellationToken);
            RunResult run;
            using (await MachineLockOption.AcquireAsync(parse, lockWait, $"bench nightly {plan.Name}", cancellationToken))
            {
                run = await RunProgressView.RunAsync(pipeline => pipeline.RunAsync(measured, cancellationToken), options, interactive: false);
            }

            RunSummaryTable.Write(run);
            var saved = await new DatabaseRunSink(option).SaveAsync(run, cancellationToken);
            Console.Error.WriteLine(saved.Message);
            if (!saved.Stored)
            {
                return ExitCodes.Failed; // nothing to compare without the store; the run is in results/
            }

            return await DatabaseOption.RunAsync(option, () => CompareAsync(
                run, description, baselineText, baselineSelector, rule, parse.GetValue(accept), option, Path.Combine(options.ResultsRoot, run.RunId), cancellationToken));
        });
        return command;
    }

    private static async Task<int> CompareAsync(
        RunResult run, string candidate, string baselineText, RunSelector baseline, Comparison.ComparisonOptions rule, bool accept,
        string? option, string runFolder, CancellationToken cancellationToken)
    {
        var database = await DatabaseLocator.ResolveAsync(option, cancellationToken);
        var filter = new SampleFilter(run.Scenario);
        var baselineRuns = (await new SampleQueries(database).RunIdsAsync(baseline, filter, cancellationToken)).Where(id => id != run.RunId).ToList();
        StoredComparisonResult? result = null;
        if (baselineRuns.Count > 0)
        {
            result = await new StoredComparison(database).CompareAsync(
                new ComparisonRequest(baseline, RunSelector.Parse(run.RunId), filter, rule), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(runFolder, "comparison.json"), ComparisonJsonRenderer.Render(result.Report) + "\n", cancellationToken);
        }
        else
        {
            Console.Error.WriteLine($"warning: no stored run matches the baseline '{baselineText}'; nothing to compare with");
        }

        var report = await MeasurementReport.WriteAsync([run], runFolder, cancellationToken, baselineRuns, result?.Report, result?.Warnings);
        var summary = NightlySummary.Render(run, candidate, baselineText, baselineRuns, result?.Report, result?.Warnings ?? [], report is null ? null : Path.GetFileName(report));
        var summaryFile = Path.Combine(runFolder, "nightly.md");
        await File.WriteAllTextAsync(summaryFile, summary, cancellationToken);
        Console.Write(summary);
        Console.Error.WriteLine($"summary: {summaryFile}");

        var completed = run.Status == RunStatus.Completed && run.Variants.All(v => v.Status == VariantStatus.Completed);
        var regression = result?.Report.HasRegression ?? false;
        if (accept && completed && !regression)
        {
            await new RunMarking(database).MarkAsync(run.RunId, RunMark.Accepted, "nightly without regression", cancellationToken);
            Console.Error.WriteLine($"{run.RunId}: accepted");
        }

        return completed && !regression ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static BuildBackend Backend(string text)
    {
        try
        {
            return BuildRecipe.ParseBackend(text);
        }
        catch (ArgumentException e)
        {
            throw new InputException("--backend", e.Message);
        }
    }

    private static RunSelector Selector(string text)
    {
        try
        {
            return RunSelector.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new InputException("--baseline", e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
