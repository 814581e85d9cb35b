namespace BenchHarness.Memory;

/// <summary><c>bench memory --json</c>: each variant's devices against their budgets.</summary>
public sealed record MemoryReport(IReadOnlyList<VariantMemory> Variants);

/// <summary>One variant's prediction; <see cref="Notes"/> says what it assumes.</summary>
public sealed record VariantMemory(string Name, IReadOnlyList<DeviceVerdict> Devices, IReadOnlyList<string> Notes)
{
    public bool Fits => Devices.All(d => d.Fits != false);

    /// <summary>Over a budget even with the compute buffers at the low end of their estimate.</summary>
    public bool SurelyOver => Devices.Any(d => d.SurelyOver);
}

/// <summary>
/// One device: predicted MiB by kind and in total; budget and verdict only when a budget is known. The compute
/// buffer is an estimate: <see cref="ComputeLowMib"/>..<see cref="ComputeHighMib"/> is the range it is expected in.
/// </summary>
public sealed record DeviceVerdict(
    string Device,
    double ModelMib,
    double KvMib,
    double ComputeMib,
    double TotalMib,
    long? BudgetMib,
    bool? Fits)
{
    public double ComputeLowMib { get; init; }
    public double ComputeHighMib { get; init; }

    /// <summary>
    /// Over the budget even with the compute buffer at the low end of its estimate: only then is the prediction
    /// sure enough to keep a server from starting (the central compute figure alone can be off by gigabytes).
    /// </summary>
    public bool SurelyOver => BudgetMib is { } budget && TotalMib - ComputeMib + ComputeLowMib > budget;

    /// <summary>MiB over the budget (positive) or left (negative); null without a budget.</summary>
    public double? OverMib => BudgetMib is { } budget ? TotalMib - budget : null;

    public const double BytesPerMib = 1024.0 * 1024.0;

    public static DeviceVerdict Of(DeviceMemory device, long? budgetMib)
    {
        static double Mib(long bytes) => Math.Round(bytes / BytesPerMib, 2);
        var total = Mib(device.TotalBytes);
        return new DeviceVerdict(device.Device, Mib(device.ModelBytes), Mib(device.KvBytes), Mib(device.Compute.Bytes), total,
            budgetMib, budgetMib is { } budget ? total <= budget : null)
        {
            ComputeLowMib = Mib(device.Compute.Low),
            ComputeHighMib = Mib(device.Compute.High),
        };
    }

    /// <summary><c>fits</c>, <c>over by N MiB</c>, or empty without a budget.</summary>
    public string Verdict => OverMib switch
    {
        null => "",
        > 0 and var over => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"over by {over:F0} MiB"),
        _ => "fits",
    };
}
