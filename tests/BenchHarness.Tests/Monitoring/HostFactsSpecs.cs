using BenchHarness.Monitoring;

namespace BenchHarness.Tests.Monitoring;

public sealed class HostFactsSpecs
{
    [Fact]
    public void Nvidia_smi_csv_rows_become_gpu_samples()
    {
        var samples = NvidiaSmi.ParseSamples("0, 23110, 97\n1, 22987, 95\n");

        Assert.Equal(2, samples.Count);
        Assert.Equal((1, 22987.0, 95.0), (samples[1].Index, samples[1].MemoryUsedMib, samples[1].UtilizationPercent));
    }

    [Fact]
    public void Cpu_model_and_memory_are_read_from_proc_text()
    {
        const string cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n";
        const string meminfo = "MemTotal:       24608112 kB\nMemFree:        1000 kB\n";

        Assert.Equal("AMD EPYC 7B13", HostProbe.CpuModel(cpuinfo));
        Assert.Equal(24031, HostProbe.MemoryMib(meminfo));
    }
}
