namespace BenchHarness.Memory;

/// <summary>
/// The memory of a co-resident layout: every server's prediction, already in the host's device names (see
/// <see cref="ContainerGpus"/>), summed per device and set against that device's budget once, because the servers
/// hold their memory at the same time.
/// </summary>
public static class LayoutMemory
{
    public static VariantMemory Sum(
        string layout, IEnumerable<VariantMemory> servers, IReadOnlyDictionary<string, long> budgetsMib)
    {
        var parts = servers.ToList();
        var devices = parts
            .SelectMany(s => s.Devices)
            .GroupBy(d => d.Device, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(d => d.TotalMib);
                long? budget = budgetsMib.TryGetValue(g.Key, out var b) ? b : null;
                return new DeviceVerdict(g.Key, g.Sum(d => d.ModelMib), g.Sum(d => d.KvMib), g.Sum(d => d.ComputeMib), total,
                    budget, budget is { } limit ? total <= limit : null)
                {
                    ComputeLowMib = g.Sum(d => d.ComputeLowMib),
                    ComputeHighMib = g.Sum(d => d.ComputeHighMib),
                };
            })
            .ToList();
        return new VariantMemory($"{layout} (all servers together)", devices, [.. parts.SelectMany(p => p.Notes).Distinct()]);
    }
}
