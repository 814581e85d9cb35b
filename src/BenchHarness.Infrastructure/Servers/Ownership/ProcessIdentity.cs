using System.Globalization;

namespace BenchHarness.Servers.Ownership;

/// <summary>
/// A process as the kernel knows it: its pid and its start time (field 22 of /proc/PID/stat, in clock ticks
/// since boot). Pids are reused; the pair is not, so a pid file or label never mistakes a newcomer for the owner.
/// </summary>
public sealed record ProcessIdentity(int Pid, long StartTicks)
{
    /// <summary>This harness process.</summary>
    public static ProcessIdentity Current { get; } = Of(Environment.ProcessId)
        ?? throw new InvalidOperationException("cannot read /proc/self/stat (Linux only)");

    /// <summary>The live process with this pid, or null when there is none (or only its zombie).</summary>
    public static ProcessIdentity? Of(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Fields after the parenthesised name (which may itself hold spaces or parentheses) start at field 3.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        if (fields[0] == "Z" || fields[0] == "X")
        {
            return null;
        }

        return new ProcessIdentity(pid, long.Parse(fields[22 - 3], CultureInfo.InvariantCulture));
    }

    /// <summary>True while this very process (same pid, same start time) runs.</summary>
    public bool IsAlive() => Of(Pid) == this;

    public override string ToString() => $"pid {Pid} (started at tick {StartTicks})";
}
