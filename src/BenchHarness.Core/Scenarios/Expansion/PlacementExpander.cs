using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Expands the placement shorthand into tensor overrides: one <c>-ot</c> per device, then the catch-all for the
/// rest, placed where the argument list holds <c>${placement}</c> or else at the end.
/// </summary>
public static class PlacementExpander
{
    public static IReadOnlyList<string> Overrides(Placement placement)
    {
        var overrides = new List<string>();
        foreach (var device in placement.Devices)
        {
            overrides.Add("-ot");
            overrides.Add($@"blk\.({string.Join('|', device.Layers)})\.{placement.Tensors}={device.Device}");
        }

        if (placement.Rest is not null)
        {
            overrides.Add("-ot");
            overrides.Add($"{placement.Tensors}={placement.Rest}");
        }

        return overrides;
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
