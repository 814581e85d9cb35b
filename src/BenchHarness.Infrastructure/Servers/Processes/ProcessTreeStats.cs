using System.Globalization;

namespace BenchHarness.Servers.Processes;

/// <summary>
/// CPU time and resident memory of a process and all its descendants, from /proc (Linux). CPU% is the CPU
/// time used since the previous reading over the wall time between them (100% = one core).
/// </summary>
internal sealed class ProcessTreeStats(int rootPid)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ is 100 on every Linux architecture .NET runs on
    private static readonly long PageBytes = Environment.SystemPageSize;
    private (TimeSpan Cpu, DateTimeOffset At)? _previous;

    public ResourceReading Read()
    {
        var pids = ProcTree.Descendants(rootPid).Prepend(rootPid).ToArray();
        var stats = pids.Select(ProcStat.TryRead).Where(s => s is not null).Select(s => s!.Value).ToArray();
        if (stats.Length == 0)
        {
            return new ResourceReading(null, null);
        }

        var cpu = TimeSpan.FromSeconds(stats.Sum(s => s.CpuTicks) / TicksPerSecond);
        var rssMib = stats.Sum(s => s.RssPages) * PageBytes / (1024.0 * 1024.0);
        var now = DateTimeOffset.UtcNow;
        double? percent = _previous is { } p && now > p.At
            ? (cpu - p.Cpu).TotalSeconds / (now - p.At).TotalSeconds * 100.0
            : null;
        _previous = (cpu, now);
        return new ResourceReading(cpu, rssMib, percent);
    }

    internal readonly record struct ProcStat(long CpuTicks, long RssPages)
    {
        /// <summary>Fields 14/15 (utime, stime) and 24 (rss) of /proc/PID/stat, counted after the parenthesised name.</summary>
        public static ProcStat? TryRead(int pid)
        {
            string text;
            try
            {
                text = File.ReadAllText($"/proc/{pid}/stat");
            }
            catch (IOException)
            {
                return null;
            }

            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long F(int field) => long.Parse(fields[field - 3], CultureInfo.InvariantCulture);
            return new ProcStat(F(14) + F(15), F(24));
        }
    }
}
