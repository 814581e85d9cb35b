using System.CommandLine;
using System.Globalization;
using BenchHarness.Cli.Output;
using BenchHarness.Cli.Reports;
using BenchHarness.Cli.Storage;
using BenchHarness.Comparison.AB;
using BenchHarness.Running;
using BenchHarness.Scenarios;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench ab FILE --a BUILD --b BUILD --rounds N</c>: two server builds interleaved in one session, then compared.</summary>
internal static class AbCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The scenario file (YAML)." };
        var buildA = new Option<string>("--a") { Description = "Build A (the baseline): a llama-server binary (process engine) or an image (container engines)", Required = true };
        var buildB = new Option<string>("--b") { Description = "Build B (the candidate), as --a", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Rounds; each runs every case once on each build, alternating A B, B A, ... (default 24: with the paired-starts rule, enough to catch a 10% TG slowdown on a noisy 2-core machine)", DefaultValueFactory = _ => AbDefaults.Rounds };
        var set = new Option<string[]>("--set") { Description = "Override a scenario value: key.path=value (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var variant = new Option<string[]>("--variant") { Description = "Run only this variant (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var label = new Option<string?>("--label") { Description = "Label of the session; runs are labelled LABEL-a and LABEL-b (default ab-<UTC time>)" };
        var results = new Option<string>("--results") { Description = "Folder for results/<run-id>/.", DefaultValueFactory = _ => "results" };
        var engineSocket = new Option<string?>("--engine-socket") { Description = "Container engine API (as for bench run)." };
        var format = ReportFormatOptions.Create();
        var threshold = ReportFormatOptions.Threshold();
        var failOnRegression = new Option<bool>("--fail-on-regression") { Description = "Exit 1 when any case is slower on B" };
        var lockWait = MachineLockOption.Create();
        var db = DatabaseOption.Create();
        var noDb = new Option<bool>("--no-db") { Description = "Keep the runs in results/ only; do not store them in the database." };
        var command = new Command("ab", "Alternate two server builds (A B B A ...) in one session, then compare A with B.")
        {
            file, buildA, buildB, rounds, set, variant, label, results, engineSocket, format.Markdown, format.Json, threshold, failOnRegression, lockWait, db, noDb,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(rounds) < 1)
            {
                throw new InputException("--rounds", "must be at least 1");
            }

            var plan = ScenarioLoader.Load(parse.GetValue(file)!, parse.GetValue(set) ?? []);
            await RunPreflight.CheckAsync(plan, parse.GetValue(variant) ?? [], parse.GetValue(engineSocket), parse.GetValue(db), parse.GetValue(noDb), cancellationToken);
            var rule = ReportFormatOptions.Rule(parse.GetValue(threshold));
            var options = new RunOptions
            {
                ResultsRoot = parse.GetValue(results)!,
                Variants = parse.GetValue(variant) ?? [],
                EngineSocket = parse.GetValue(engineSocket),
                HarnessVersion = VersionCommand.HarnessVersion,
            };
            var sessionLabel = parse.GetValue(label) ?? "ab-" + DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var session = new AbSession(
                options,
                (run, token) => RunSaving.SaveAsync(run, parse.GetValue(db), parse.GetValue(noDb), token),
                line => Console.Error.WriteLine(line));
            AbOutcome outcome;
            using (await MachineLockOption.AcquireAsync(parse, lockWait, $"bench ab {plan.Name}", cancellationToken))
            {
                outcome = await session.RunAsync(plan, parse.GetValue(buildA)!, parse.GetValue(buildB)!, parse.GetValue(rounds), sessionLabel, rule, cancellationToken);
            }

            Console.Error.WriteLine($"a ({AbSchedule.Label(sessionLabel, AbSide.A)}): {string.Join(", ", outcome.A.Select(r => r.RunId))}");
            Console.Error.WriteLine($"b ({AbSchedule.Label(sessionLabel, AbSide.B)}): {string.Join(", ", outcome.B.Select(r => r.RunId))}");
            // The session's report goes with its last run, the folder written last.
            var last = outcome.A.Concat(outcome.B).MaxBy(r => r.StartedAt);
            if (last is not null)
            {
                await MeasurementReport.WriteAsync(outcome.B, Path.Combine(options.ResultsRoot, last.RunId), cancellationToken, [.. outcome.A.Select(r => r.RunId)], outcome.Report);
            }

            var exit = ComparisonOutput.Write(outcome.Report, [], format.Of(parse), parse.GetValue(failOnRegression));
            return outcome.AllCompleted ? exit : ExitCodes.Failed;
        });
        return command;
    }
}
