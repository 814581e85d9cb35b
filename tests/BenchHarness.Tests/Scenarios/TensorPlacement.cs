using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Scenarios.Expansion;

namespace BenchHarness.Tests.Scenarios;

/// <summary>
/// Where each expert tensor of a model lands under an argument list, with ik_llama.cpp's semantics (the seeds ran
/// ik_llama.cpp): explicit <c>-ot</c> rules first-match in command-line order (comma-separated rules in one value
/// count in order), then <c>--cpu-moe</c> (all experts on the CPU) and <c>--n-cpu-moe N</c> (experts of blk.0..N-1),
/// else the layer's default device.
/// </summary>
internal static class TensorPlacement
{
    public const string LayerDefault = "layer-default";

    public static IReadOnlyDictionary<string, string> Resolve(IReadOnlyList<string> args, int layers)
    {
        var pairs = ServerArguments.Pairs(args);
        var rules = pairs
            .Where(p => p.Key is "-ot" or "--override-tensor")
            .SelectMany(p => p.Value!.Split(','))
            .Select(rule => (pattern: new Regex(rule[..rule.LastIndexOf('=')]), device: rule[(rule.LastIndexOf('=') + 1)..]))
            .ToList();
        var cpuMoe = pairs.Any(p => p.Key is "--cpu-moe" or "-cmoe");
        var nCpuMoe = pairs.Where(p => p.Key is "--n-cpu-moe" or "-ncmoe").Select(p => int.Parse(p.Value!, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Last();

        var placement = new Dictionary<string, string>();
        for (var layer = 0; layer < layers; layer++)
        {
            foreach (var kind in new[] { "gate", "up", "down" })
            {
                var tensor = string.Create(CultureInfo.InvariantCulture, $"blk.{layer}.ffn_{kind}_exps.weight");
                placement[tensor] = rules.FirstOrDefault(r => r.pattern.IsMatch(tensor)).device
                    ?? (cpuMoe || layer < nCpuMoe ? "CPU" : LayerDefault);
            }
        }

        return placement;
    }
}
