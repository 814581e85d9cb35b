using BenchHarness.Results;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.Running;

/// <summary>
/// The <see cref="RunOwner"/> of this harness, and whether a recorded owner still runs: the same host, the same
/// boot and the same process (pid and start time), so a reused pid or a reboot reads as gone.
/// </summary>
public static class RunOwnership
{
    private static readonly Lazy<string?> Boot = new(ReadBootId);

    public static RunOwner Current() =>
        new(Environment.MachineName, ProcessIdentity.Current.Pid, ProcessIdentity.Current.StartTicks, Boot.Value);

    /// <summary>False only when the owner certainly is gone; another machine's run is not ours to judge.</summary>
    public static bool IsAlive(RunOwner owner) =>
        owner.Host != Environment.MachineName
        || (owner.BootId == Boot.Value && new ProcessIdentity(owner.Pid, owner.StartTicks).IsAlive());

    private static string? ReadBootId()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
