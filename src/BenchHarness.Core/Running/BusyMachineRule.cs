using System.Globalization;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// When a machine is too busy to measure on: another inference server or GPU process is there, or the CPUs were
/// already more than <see cref="CpuBusyLimitPercent"/> busy. Load averages are recorded but do not decide: they
/// trail the last minutes (a build that just ended still shows).
/// </summary>
public static class BusyMachineRule
{
    public const double CpuBusyLimitPercent = 15;

    public static BackgroundLoad Judge(BackgroundLoad load)
    {
        var reasons = new List<string>();
        if (load.OtherServers.Count > 0)
        {
            reasons.Add($"other inference processes running: {string.Join(", ", load.OtherServers)}");
        }

        if (load.GpuProcesses.Count > 0)
        {
            reasons.Add($"processes on the GPUs: {string.Join(", ", load.GpuProcesses)}");
        }

        if (load.CpuBusyPercent > CpuBusyLimitPercent)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"CPUs {load.CpuBusyPercent:0}% busy before the run (limit {CpuBusyLimitPercent:0}%)"));
        }

        return load with { BusyReasons = reasons };
    }
}
