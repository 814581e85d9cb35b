namespace BenchHarness.Memory;

/// <summary>
/// The memory of a co-resident layout: every server's prediction, summed per device of the host and set against
/// that device's budget once, because the servers hold their memory at the same time. A container given GPUs by
/// index sees them renumbered from zero (<c>devices: [1]</c> makes host GPU 1 its CUDA0), so each server's device
/// names are mapped back to the host's first.
/// </summary>
public static class LayoutMemory
{
    public static VariantMemory Sum(
        string layout, IEnumerable<VariantMemory> servers, IReadOnlyDictionary<string, long> budgetsMib)
    {
        var parts = servers.ToList();
        var devices = parts
            .SelectMany(s => s.Devices.Select(d => (Host: d.Device, Device: d)))
            .GroupBy(p => p.Host, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(p => p.Device.TotalMib);
                long? budget = budgetsMib.TryGetValue(g.Key, out var b) ? b : null;
                return new DeviceVerdict(g.Key, g.Sum(p => p.Device.ModelMib), g.Sum(p => p.Device.KvMib), g.Sum(p => p.Device.ComputeMib), total,
                    budget, budget is { } limit ? total <= limit : null)
                {
                    ComputeLowMib = g.Sum(p => p.Device.ComputeLowMib),
                    ComputeHighMib = g.Sum(p => p.Device.ComputeHighMib),
                };
            })
            .ToList();
        return new VariantMemory($"{layout} (all servers together)", devices, [.. parts.SelectMany(p => p.Notes).Distinct()]);
    }
}
