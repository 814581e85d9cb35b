using System.Globalization;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>A process's CPU time so far (all its threads, user + system), from /proc/PID/stat, in clock ticks (1/100 s).</summary>
internal static class CpuTicks
{
    public static long Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
    }
}
