using System.Globalization;
using System.Runtime.InteropServices;
using BenchHarness.Results;

namespace BenchHarness.Monitoring;

/// <summary>Describes the machine: CPU model (/proc/cpuinfo), cores, RAM (/proc/meminfo), GPUs (nvidia-smi when present).</summary>
public static class HostProbe
{
    public static async Task<HostInfo> DescribeAsync(CancellationToken cancellationToken) => new()
    {
        Hostname = Environment.MachineName,
        CpuModel = CpuModel(await ReadOrEmptyAsync("/proc/cpuinfo", cancellationToken)),
        Cores = Environment.ProcessorCount,
        MemoryMib = MemoryMib(await ReadOrEmptyAsync("/proc/meminfo", cancellationToken)),
        Gpus = await NvidiaSmi.GpuNamesAsync(cancellationToken),
        Os = RuntimeInformation.OSDescription,
    };

    public static string CpuModel(string cpuinfo) =>
        cpuinfo.Split('\n').Where(l => l.StartsWith("model name", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault() ?? RuntimeInformation.ProcessArchitecture.ToString();

    public static long MemoryMib(string meminfo)
    {
        var line = meminfo.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kib is null ? 0 : long.Parse(kib, CultureInfo.InvariantCulture) / 1024;
    }

    private static async Task<string> ReadOrEmptyAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "";
}
