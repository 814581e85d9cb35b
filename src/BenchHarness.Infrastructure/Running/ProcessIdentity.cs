using System.Globalization;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// Tells whether a process recorded earlier is still the same live process: its pid, its start time (field 22
/// of /proc/PID/stat) and the boot it started in must all match, so a reused pid or a reboot reads as gone.
/// </summary>
public static class ProcessIdentity
{
    private static readonly Lazy<string?> Boot = new(() => ReadOrNull("/proc/sys/kernel/random/boot_id")?.Trim());

    public static RunOwner Current() => Of(Environment.ProcessId) ?? new RunOwner(Environment.MachineName, Environment.ProcessId, 0, Boot.Value);

    /// <summary>The identity of a live process, or null when there is none with that pid.</summary>
    public static RunOwner? Of(int pid) =>
        StartTicks(pid) is { } ticks ? new RunOwner(Environment.MachineName, pid, ticks, Boot.Value) : null;

    /// <summary>False only when the owner certainly is gone: same host, and the pid is absent or another process now.</summary>
    public static bool IsAlive(RunOwner owner)
    {
        if (owner.Host != Environment.MachineName)
        {
            return true; // another machine's run: not ours to judge
        }

        return owner.BootId == Boot.Value && Of(owner.Pid) is { } now && now.StartTicks == owner.StartTicks;
    }

    private static long? StartTicks(int pid)
    {
        // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
        var stat = ReadOrNull($"/proc/{pid}/stat");
        var end = stat?.LastIndexOf(')') ?? -1;
        if (end < 0)
        {
            return null;
        }

        var fields = stat![(end + 2)..].Split(' ');
        return fields.Length > 19 && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : null;
    }

    private static string? ReadOrNull(string path)
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
