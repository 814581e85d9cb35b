using BenchHarness.Servers.Ownership;

namespace BenchHarness.Servers.Processes;

/// <summary>Kills a process and every descendant, but only while the pid still names the same process (start time checked).</summary>
internal static class ProcessTreeKiller
{
    /// <returns>True when the process was alive and has been sent SIGKILL.</returns>
    public static bool Kill(ProcessIdentity root)
    {
        // Descendants first are listed, then all are killed: a killed parent's children move to init and could not be found.
        var descendants = ProcTree.Descendants(root.Pid).ToArray();
        if (!root.IsAlive())
        {
            return false;
        }

        Signals.ForceKill(root.Pid);
        foreach (var pid in descendants)
        {
            Signals.ForceKill(pid);
        }

        return true;
    }
}
