using System.CommandLine;
using BenchHarness.Scenarios;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench validate FILE...</c>: loads and expands each scenario, printing every error and warning.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files: every error with file:line:column and field, and warnings.") { files };
        command.SetAction(result => Validate(result.GetValue(files) ?? []));
        return command;
    }

    private static int Validate(IReadOnlyList<string> files)
    {
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                var plan = ScenarioLoader.Load(file, []);
                var measured = plan.Cases.Count(c => !c.Warmup);
                Console.WriteLine($"ok {file} ({plan.Variants.Count} variants, {measured} cases)");
                foreach (var warning in plan.Warnings)
                {
                    Console.WriteLine($"warning: {file}: {warning}");
                }
            }
            catch (InputException e)
            {
                failed = true;
                foreach (var error in e.Errors)
                {
                    Console.Error.WriteLine($"error: {error}");
                }
            }
        }

        return failed ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
