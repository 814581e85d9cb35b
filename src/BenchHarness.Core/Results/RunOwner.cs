namespace BenchHarness.Results;

/// <summary>
/// The harness process that runs (or ran) a run. The start time and boot id tell a live owner from a reused
/// pid or a machine that rebooted since, so a later run can tell an interrupted run from a running one.
/// </summary>
/// <param name="StartTicks">The process's start time in clock ticks after boot, as /proc/PID/stat gives it.</param>
public sealed record RunOwner(string Host, int Pid, long StartTicks, string? BootId);
