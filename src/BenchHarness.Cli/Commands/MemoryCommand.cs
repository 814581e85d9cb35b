using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BenchHarness.Infrastructure.Gguf;
using BenchHarness.Memory;
using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Scenarios;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>bench memory FILE.yaml [--variant V]... [--budget DEVICE=MiB]... [--json]</c>: each variant's predicted
/// model, KV and compute MiB per device against its budget, before anything loads. Exit 1 when a variant does not fit.
/// </summary>
internal static class MemoryCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The scenario file." };
        var variant = new Option<string[]>("--variant") { Description = "Only this variant (repeatable).", HelpName = "name" };
        var budget = new Option<string[]>("--budget") { Description = "MiB a device may use, e.g. CUDA0=24000 (repeatable); wins over the scenario's budgets: and free memory.", HelpName = "DEVICE=MiB" };
        var set = new Option<string[]>("--set") { Description = "Override a scenario value (repeatable).", HelpName = "key.path=value" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("memory", "Predict each variant's memory per device (model, KV, compute) and check it against the budgets.") { file, variant, budget, set, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var plan = VariantFilter.Only(ScenarioLoader.Load(parse.GetValue(file)!, parse.GetValue(set) ?? []), parse.GetValue(variant) ?? []);
            var free = await NvidiaSmi.FreeMibAsync(cancellationToken);
            var budgets = new Dictionary<string, long>(free, StringComparer.Ordinal);
            foreach (var (device, mib) in plan.Budgets.Concat(BudgetOptions(parse.GetValue(budget) ?? [])))
            {
                budgets[device] = mib;
            }

            var report = new MemoryReport([.. Servers(plan).SelectMany(group => Evaluate(group, budgets, free, cancellationToken))]);
            Console.Out.Write(parse.GetValue(json) ? JsonSerializer.Serialize(report, JsonDefaults.Options) + Environment.NewLine : MemoryReportText.Render(report));
            return report.Variants.All(v => v.Fits) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>
    /// Each server once: a plain variant alone; a co-resident layout as each of its servers (measured alone and under
    /// load they are the same launch) followed by their sum, which is what must fit while they run together.
    /// </summary>
    private static IEnumerable<IReadOnlyList<VariantPlan>> Servers(ScenarioPlan plan) =>
        plan.Variants.Where(v => v.Layout is null or { UnderLoad: false })
            .GroupBy(v => v.Layout?.Layout ?? v.Name)
            .Select(g => (IReadOnlyList<VariantPlan>)[.. g]);

    private static IEnumerable<VariantMemory> Evaluate(
        IReadOnlyList<VariantPlan> servers, IReadOnlyDictionary<string, long> budgets, IReadOnlyDictionary<string, long> free, CancellationToken cancellationToken)
    {
        var each = servers.Select(s => Evaluate(s, budgets, free, cancellationToken)).ToList();
        if (servers[0].Layout is not { } layout)
        {
            return each;
        }

        // One server of a layout is not judged alone against a device's budget: their sum is.
        var alone = each.Select(m => m with { Devices = [.. m.Devices.Select(d => d with { BudgetMib = null, Fits = null })] });
        return [.. alone, LayoutMemory.Sum(layout.Layout, each, budgets)];
    }

    private static VariantMemory Evaluate(VariantPlan variant, IReadOnlyDictionary<string, long> budgets, IReadOnlyDictionary<string, long> free, CancellationToken cancellationToken)
    {
        var path = variant.Launch.ModelFile ?? (variant.Launch.Engine == EngineKind.Process ? variant.Launch.ModelPath : null)
            ?? throw new InputException(variant.Name, "no model to read: set model_file (a host path of the GGUF) for a container launch");
        var model = ModelLayoutReader.Read(GgufModelFiles.Read(path, cancellationToken));
        var devices = variant.Launch.Devices;
        var memory = VariantMemoryCheck.Evaluate(variant.Name, variant.Launch.ServerArgs, model,
            ContainerGpus.InServerNames(budgets, devices), ContainerGpus.InServerNames(free, devices), variant.Launch.Family).Memory;
        return ContainerGpus.InHostNames(memory, devices);
    }

    private static IEnumerable<KeyValuePair<string, long>> BudgetOptions(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            var equals = item.LastIndexOf('=');
            if (equals <= 0 || !long.TryParse(item[(equals + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var mib) || mib <= 0)
            {
                throw new InputException("--budget", $"'{item}' is not DEVICE=MiB with a positive whole number of MiB");
            }

            yield return new(item[..equals], mib);
        }
    }
}
