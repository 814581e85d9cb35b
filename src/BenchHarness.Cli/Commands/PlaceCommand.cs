using System.CommandLine;
using System.Globalization;
using BenchHarness.Infrastructure.Gguf;
using BenchHarness.Memory;
using BenchHarness.Memory.Placement;
using BenchHarness.Scenarios;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>bench place MODEL.gguf --device NAME=MiB... [--reserve NAME=MiB]... [--set server.KEY=VALUE]... --out FILE.yaml</c>:
/// writes a scenario of candidate expert placements that fit the budgets, then loads it back to validate it.
/// </summary>
internal static class PlaceCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("model") { Description = "The GGUF model (its header is enough: a header-only file plans as well)." };
        var device = new Option<string[]>("--device") { Description = "A device and its memory, as the server names it: CUDA0=24576, RPC0[127.0.0.1:50052]=2048 (repeatable).", Required = true, HelpName = "NAME=MiB" };
        var reserve = new Option<string[]>("--reserve") { Description = "Memory kept free on a device for co-resident servers (repeatable).", HelpName = "NAME=MiB" };
        var set = new Option<string[]>("--set") { Description = "A server setting written into the scenario: server.binary=PATH, server.args=[-c, 8192], server.rpc_server=PATH (repeatable).", HelpName = "server.KEY=VALUE" };
        var output = new Option<string>("--out") { Description = "The scenario file to write.", Required = true };
        var family = new Option<string>("--family") { Description = "The server the scenario runs: llama.cpp (one comma-separated -ot, a --fit baseline) or ik_llama.cpp (one -ot per rule).", DefaultValueFactory = _ => "llama.cpp" };
        family.AcceptOnlyFromAmong("llama.cpp", "ik_llama.cpp");
        var command = new Command("place", "Write a scenario whose variants are candidate expert placements that fit the devices' memory.") { model, device, reserve, set, output, family };
        command.SetAction((parse, cancellationToken) =>
        {
            var modelPath = Path.GetFullPath(parse.GetValue(model)!);
            var outPath = Path.GetFullPath(parse.GetValue(output)!);
            var reserves = Sizes("--reserve", parse.GetValue(reserve) ?? []).ToDictionary(p => p.Key, p => p.Value);
            var devices = Sizes("--device", parse.GetValue(device) ?? [])
                .Select(p => new DeviceBudget(p.Key, p.Value, reserves.GetValueOrDefault(p.Key))).ToList();
            var unknown = reserves.Keys.Except(devices.Select(d => d.Device)).ToList();
            if (unknown.Count > 0)
            {
                throw new InputException("--reserve", $"{string.Join(", ", unknown)} is not among the --device names");
            }

            var settings = Settings(parse.GetValue(set) ?? []);
            var layout = ModelLayoutReader.Read(GgufModelFiles.Read(modelPath, cancellationToken));
            var name = "place-" + Path.GetFileNameWithoutExtension(modelPath);

            // The server's own arguments (context, batch, ...) change the prediction: read them as the run will.
            var probe = new PlacementCandidate("base", "the server's own arguments", [], new VariantMemory("base", [], []));
            File.WriteAllText(outPath, PlacementScenarioText.Render(name, modelPath, settings, devices, [probe]));
            var rpc = devices.Select(d => d.Endpoint).OfType<string>().ToList();
            var baseArgs = BaseArgs(outPath, rpc);
            var serverFamily = parse.GetValue(family) == "ik_llama.cpp" ? Scenarios.Model.ServerFamily.IkLlamaCpp : Scenarios.Model.ServerFamily.LlamaCpp;
            var candidates = new PlacementPlanner(layout, baseArgs, devices, serverFamily).Plan();
            File.WriteAllText(outPath, PlacementScenarioText.Render(name, modelPath, settings, devices, candidates));
            var plan = ScenarioLoader.Load(outPath, []);
            foreach (var candidate in candidates)
            {
                Console.WriteLine($"{candidate.Name}: {candidate.Description}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath}: {plan.Variants.Count} variants"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static IReadOnlyList<string> BaseArgs(string skeleton, IReadOnlyList<string> rpc)
    {
        var args = ScenarioLoader.Load(skeleton, []).Variants.Single().Launch.ServerArgs;
        return args.Contains("--rpc") || rpc.Count == 0 ? args : [.. args, "--rpc", string.Join(',', rpc)];
    }

    private static List<KeyValuePair<string, string>> Settings(IEnumerable<string> items)
    {
        var settings = new List<KeyValuePair<string, string>>();
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (!item.StartsWith("server.", StringComparison.Ordinal) || equals <= "server.".Length)
            {
                throw new InputException("--set", $"'{item}' is not server.KEY=VALUE");
            }

            settings.Add(new(item["server.".Length..equals], item[(equals + 1)..]));
        }

        return settings;
    }

    private static IEnumerable<KeyValuePair<string, long>> Sizes(string option, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            var equals = item.LastIndexOf('=');
            if (equals <= 0 || !long.TryParse(item[(equals + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var mib) || mib <= 0)
            {
                throw new InputException(option, $"'{item}' is not NAME=MiB with a positive whole number of MiB");
            }

            yield return new(item[..equals], mib);
        }
    }
}
