using System.Globalization;

namespace BenchHarness.Memory;

/// <summary>
/// A container given GPUs by index sees them renumbered from zero: <c>devices: [1]</c> makes host GPU 1 its
/// <c>CUDA0</c>. Budgets are the host's, so they are renamed into the server's names before predicting, and the
/// verdicts back into the host's after. Indices are read plain or as CDI names (<c>nvidia.com/gpu=1</c>); <c>all</c>,
/// other names or no list leave every name as it is.
/// </summary>
public static class ContainerGpus
{
    private const string CdiGpu = "nvidia.com/gpu=";

    public static IReadOnlyDictionary<string, long> InServerNames(IReadOnlyDictionary<string, long> hostMib, IReadOnlyList<string> devices)
    {
        if (Indices(devices) is not { } indices)
        {
            return hostMib;
        }

        var renamed = hostMib.Where(p => !p.Key.StartsWith("CUDA", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        for (var k = 0; k < indices.Count; k++)
        {
            if (hostMib.TryGetValue(Cuda(indices[k]), out var mib))
            {
                renamed[Cuda(k)] = mib;
            }
        }

        return renamed;
    }

    public static VariantMemory InHostNames(VariantMemory memory, IReadOnlyList<string> devices) =>
        Indices(devices) is null ? memory : memory with { Devices = [.. memory.Devices.Select(d => d with { Device = HostDevice(d.Device, devices) })] };

    /// <summary>The host's name for a device a server names: <c>CUDAk</c> is the k-th of the GPUs the container was given by index.</summary>
    public static string HostDevice(string device, IReadOnlyList<string> devices) =>
        Indices(devices) is { } indices && device.StartsWith("CUDA", StringComparison.Ordinal)
            && int.TryParse(device.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < indices.Count
            ? Cuda(indices[k])
            : device;

    private static List<int>? Indices(IReadOnlyList<string> devices)
    {
        var indices = new List<int>();
        foreach (var device in devices)
        {
            var index = device.StartsWith(CdiGpu, StringComparison.Ordinal) ? device[CdiGpu.Length..] : device;
            if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            indices.Add(number);
        }

        return indices.Count == 0 ? null : indices;
    }

    private static string Cuda(int index) => "CUDA" + index.ToString(CultureInfo.InvariantCulture);
}
