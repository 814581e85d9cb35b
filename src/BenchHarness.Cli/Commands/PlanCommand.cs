using System.CommandLine;
using BenchHarness.Cli.Plans;
using BenchHarness.Planning;
using BenchHarness.Scenarios;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench plan FILE [--json] [--set k=v]... [--variant N]...</c>: the whole expansion, without starting anything.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The scenario file." };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var set = new Option<string[]>("--set") { Description = "Override a value (repeatable); wins over files and variants.", HelpName = "key.path=value" };
        var variant = new Option<string[]>("--variant") { Description = "Plan only this variant (repeatable).", HelpName = "name" };
        var command = new Command("plan", "Show each variant's exact launch and every request, without running anything.") { file, json, set, variant };
        command.SetAction(result =>
        {
            var plan = ScenarioLoader.Load(result.GetValue(file)!, result.GetValue(set) ?? []);
            plan = VariantFilter.Only(plan, result.GetValue(variant) ?? []);
            Console.Write(result.GetValue(json) ? PlanJson.Serialize(plan) + Environment.NewLine : PlanText.Render(plan));
            return ExitCodes.Ok;
        });
        return command;
    }
}
