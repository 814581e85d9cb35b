using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Expands the placement shorthand into tensor overrides: one rule per device, then the catch-all for the rest,
/// placed where the argument list holds <c>${placement}</c> or else at the end. For llama.cpp the rules are one
/// comma-separated <c>-ot</c> value; for ik_llama.cpp each rule is its own <c>-ot</c>. First match wins on both.
/// </summary>
public static class PlacementExpander
{
    public static IReadOnlyList<string> Overrides(Placement placement)
    {
        var rules = placement.Devices
            .Select(device => $@"blk\.({string.Join('|', device.Layers)})\.{placement.Tensors}={device.Device}")
            .Concat(placement.Rest is null ? [] : [$"{placement.Tensors}={placement.Rest}"])
            .ToList();
        if (rules.Count == 0)
        {
            return [];
        }

        return placement.Family == ServerFamily.IkLlamaCpp
            ? [.. rules.SelectMany(rule => new[] { "-ot", rule })]
            : ["-ot", string.Join(',', rules)];
    }

    public static List<string> Insert(IReadOnlyList<string> args, Placement? placement)
    {
        var overrides = placement is null ? [] : Overrides(placement);
        var marker = args.ToList().IndexOf(VariableExpander.PlacementMarker);
        var result = args.Where(a => a != VariableExpander.PlacementMarker).ToList();
        result.InsertRange(marker < 0 ? result.Count : marker, overrides);
        return result;
    }
}
