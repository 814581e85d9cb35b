using BenchHarness.Monitoring;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Tests.Monitoring;

/// <summary>The pre-flight flags a machine that was not quiet before the run measured, and says why.</summary>
public sealed class BusyMachineSpecs
{
    [Fact]
    public void A_quiet_machine_with_a_high_trailing_load_average_is_not_busy()
    {
        var load = BusyMachineRule.Judge(new BackgroundLoad { LoadAverage1 = 3.9, CpuBusyPercent = 2.5 });

        Assert.False(load.Busy);
    }

    [Fact]
    public void Another_server_a_gpu_process_and_busy_cpus_each_make_the_machine_busy()
    {
        var load = BusyMachineRule.Judge(new BackgroundLoad
        {
            CpuBusyPercent = 61,
            OtherServers = ["4242 llama-server"],
            GpuProcesses = ["977 python 20480 MiB"],
        });

        Assert.Equal(
            ["other inference processes running: 4242 llama-server", "processes on the GPUs: 977 python 20480 MiB", "CPUs 61% busy before the run (limit 15%)"],
            load.BusyReasons);
    }

    [Fact]
    public void Cpu_busy_share_counts_idle_and_iowait_as_idle()
    {
        // user nice system idle iowait irq softirq steal, as /proc/stat's first line
        long[] before = [100, 0, 50, 1000, 50, 0, 0, 0];
        long[] after = [130, 0, 60, 1140, 70, 0, 0, 0];

        Assert.Equal(20.0, BackgroundLoadProbe.BusyPercent(before, after));
        Assert.Null(BackgroundLoadProbe.BusyPercent(null, after));
    }
}
