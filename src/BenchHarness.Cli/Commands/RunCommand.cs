using System.CommandLine;
using System.Text.Json;
using BenchHarness.Cli.Reports;
using BenchHarness.Cli.Storage;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench run FILE</c>: starts each variant's server, sends the scenario's requests and keeps every result.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "The scenario file (YAML); with --resume, the run's own scenario is used when left out.", Arity = ArgumentArity.ZeroOrOne };
        var label = new Option<string?>("--label") { Description = "A label stored with the run, e.g. a build or driver version." };
        var reason = new Option<string>("--reason") { Description = "Why it ran: manual, nightly, ab, ...", DefaultValueFactory = _ => "manual" };
        var set = new Option<string[]>("--set") { Description = "Override a scenario value: key.path=value (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var variant = new Option<string[]>("--variant") { Description = "Run only this variant (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var resume = new Option<string?>("--resume") { Description = "Complete an interrupted, failed or cancelled run: RUN_ID under --results." };
        var results = new Option<string>("--results") { Description = "Folder for results/<run-id>/.", DefaultValueFactory = _ => "results" };
        var engineSocket = new Option<string?>("--engine-socket") { Description = "Container engine API: unix:///path.sock, a socket path or tcp://host:port (default: DOCKER_HOST, then podman's and Docker's sockets)." };
        var json = new Option<bool>("--json") { Description = "Print the run's result (run.json) instead of the summary table." };
        var lockWait = MachineLockOption.Create();
        var db = DatabaseOption.Create();
        var noDb = new Option<bool>("--no-db") { Description = "Keep the run in results/ only; do not store it in the database." };
        var tryAnyway = new Option<bool>("--try-anyway") { Description = "Start every variant's server, even one predicted not to fit its memory budgets." };

        var command = new Command("run", "Run a scenario against real llama-server instances and record every result.")
        {
            file, label, reason, set, variant, resume, results, engineSocket, json, lockWait, db, noDb, tryAnyway,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new RunOptions
            {
                ResultsRoot = parsed.GetValue(results)!,
                Label = parsed.GetValue(label),
                Reason = parsed.GetValue(reason)!,
                Overrides = parsed.GetValue(set) ?? [],
                Variants = parsed.GetValue(variant) ?? [],
                EngineSocket = parsed.GetValue(engineSocket),
                HarnessVersion = VersionCommand.HarnessVersion,
                TryAnyway = parsed.GetValue(tryAnyway),
            };
            var resumed = parsed.GetValue(resume) is { } runId ? await ResumableRun.ReadAsync(options.ResultsRoot, runId, cancellationToken) : null;
            var scenario = parsed.GetValue(file) ?? resumed?.ScenarioPath ?? throw new InputException("file", "a scenario file is required (or --resume RUN_ID)");
            if (resumed is not null)
            {
                options = options with { Label = resumed.Label, Reason = resumed.Reason, Overrides = resumed.Overrides, Variants = resumed.VariantFilter };
            }

            var plan = ScenarioLoader.Load(scenario, options.Overrides);
            if (resumed is not null && plan.ContentHash != resumed.ScenarioHash)
            {
                throw new InputException(scenario, $"the scenario changed since run {resumed.RunId} started (content hash {plan.ContentHash} vs {resumed.ScenarioHash}); start a new run instead");
            }

            await RunPreflight.CheckAsync(plan, options.Variants, options.EngineSocket, parsed.GetValue(db), parsed.GetValue(noDb), cancellationToken);
            var asJson = parsed.GetValue(json);
            foreach (var warning in plan.Warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }

            RunResult run;
            using (await MachineLockOption.AcquireAsync(parsed, lockWait, $"bench run {plan.Name}", cancellationToken))
            {
                run = await RunProgressView.RunAsync(
                    pipeline => resumed is null ? pipeline.RunAsync(plan, cancellationToken) : pipeline.ResumeAsync(plan, resumed, cancellationToken),
                    options, interactive: !asJson && !Console.IsOutputRedirected);
            }

            // results/ holds the run already; the database comes second and cannot change the exit code.
            await RunSaving.SaveAsync(run, parsed.GetValue(db), parsed.GetValue(noDb), cancellationToken);
            await MeasurementReport.WriteAsync([run], Path.Combine(options.ResultsRoot, run.RunId), cancellationToken);
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(run, JsonDefaults.Options));
            }
            else
            {
                RunSummaryTable.Write(run);
            }

            return run.Status == RunStatus.Completed && run.Variants.All(v => v.Status == VariantStatus.Completed) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
