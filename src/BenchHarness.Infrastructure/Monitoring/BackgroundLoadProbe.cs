using System.Globalization;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Monitoring;

/// <summary>
/// The pre-flight look at the machine before a run measures: /proc/loadavg, /proc/stat over a short window,
/// processes whose names mark inference servers, nvidia-smi's compute processes and the CPU governor.
/// </summary>
public static class BackgroundLoadProbe
{
    /// <summary>Process names (as /proc/PID/comm shows them, 15 characters at most) of servers that compete for the same hardware.</summary>
    private static readonly string[] ServerNames =
        ["llama-server", "ggml-rpc-server", "rpc-server", "llama-bench", "llama-cli", "llama-sweep-ben", "llama-batched-b", "ollama", "vllm"];

    public static async Task<BackgroundLoad> MeasureAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var before = CpuTimes();
        await Task.Delay(window, cancellationToken);
        var after = CpuTimes();
        var loads = (Read("/proc/loadavg") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return BusyMachineRule.Judge(new BackgroundLoad
        {
            LoadAverage1 = Number(loads, 0),
            LoadAverage5 = Number(loads, 1),
            LoadAverage15 = Number(loads, 2),
            CpuBusyPercent = BusyPercent(before, after),
            OtherServers = OtherServers(),
            GpuProcesses = await GpuProcessesAsync(cancellationToken),
            CpuGovernor = Read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")?.Trim(),
        });
    }

    /// <summary>Busy share between two readings of /proc/stat's first line (idle and iowait count as idle).</summary>
    public static double? BusyPercent(long[]? before, long[]? after)
    {
        if (before is null || after is null)
        {
            return null;
        }

        var total = after.Sum() - before.Sum();
        var idle = after[3] + after[4] - before[3] - before[4];
        return total <= 0 ? null : Math.Round(100.0 * (total - idle) / total, 1);
    }

    private static long[]? CpuTimes()
    {
        var line = Read("/proc/stat")?.Split('\n')[0];
        var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).ToArray();
        return fields is { Length: 8 } ? fields.Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray() : null;
    }

    private static IReadOnlyList<string> OtherServers()
    {
        var found = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(folder);
            if (name.All(char.IsAsciiDigit) && Read(Path.Combine(folder, "comm"))?.Trim() is { } comm && ServerNames.Contains(comm))
            {
                found.Add($"{name} {comm}");
            }
        }

        return found;
    }

    private static async Task<IReadOnlyList<string>> GpuProcessesAsync(CancellationToken cancellationToken)
    {
        var csv = await ToolRunner.TryRunAsync("nvidia-smi", ["--query-compute-apps=pid,process_name,used_memory", "--format=csv,noheader,nounits"], cancellationToken);
        return csv is null ? [] : csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => string.Join(' ', line.Split(',', StringSplitOptions.TrimEntries)) + " MiB").ToArray();
    }

    private static double? Number(string[] fields, int index) =>
        fields.Length > index && double.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
