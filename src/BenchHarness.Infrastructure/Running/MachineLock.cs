using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// One measurement at a time per machine: an exclusive lock on a file every harness on the host uses (flock, so
/// a killed holder releases it at once). Beside it, the holder writes who it is, so a second run can say whom it
/// waits for. Held for a whole <c>bench run</c> or <c>bench ab</c> session.
/// </summary>
public sealed class MachineLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly FileStream _lock;
    private readonly string _holderFile;

    private MachineLock(FileStream locked, string holderFile)
    {
        _lock = locked;
        _holderFile = holderFile;
    }

    /// <summary>The lock file: <c>BENCH_MACHINE_LOCK</c>, else one path in the shared temporary folder.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("BENCH_MACHINE_LOCK") is { Length: > 0 } path ? path : "/tmp/benchharness-machine.lock";

    /// <param name="what">What the holder does, shown to whoever waits (e.g. <c>bench run smoke</c>).</param>
    /// <param name="wait">How long to wait for another holder; zero refuses at once.</param>
    /// <exception cref="MachineBusyException">Another harness kept the machine for longer than <paramref name="wait"/>.</exception>
    public static async Task<MachineLock> AcquireAsync(string path, string what, TimeSpan wait, Action<string> onWaiting, CancellationToken cancellationToken)
    {
        var holderFile = path + ".holder.json";
        var deadline = DateTimeOffset.UtcNow + wait;
        string? announced = null;
        while (true)
        {
            if (TryOpen(path) is { } locked)
            {
                var holder = new MachineHolder(RunOwnership.Current(), what, DateTimeOffset.UtcNow);
                await File.WriteAllTextAsync(holderFile, JsonSerializer.Serialize(holder, JsonDefaults.Options), CancellationToken.None);
                return new MachineLock(locked, holderFile);
            }

            var current = Describe(holderFile);
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new MachineBusyException($"the machine is busy: {current}; waited {Scenarios.Schema.DurationText.Format(wait)} (lock {path})");
            }

            if (current != announced)
            {
                onWaiting($"waiting for the machine: {current}");
                announced = current;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_holderFile);
        }
        catch (IOException)
        {
            // the next holder overwrites it anyway
        }

        _lock.Dispose();
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            TryShare(path);
            return stream;
        }
        catch (IOException)
        {
            return null; // held by another process
        }
    }

    /// <summary>Every user's harness must be able to take the same lock.</summary>
    private static void TryShare(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        }
        catch (UnauthorizedAccessException)
        {
            // another user's file: its mode is theirs to set
        }
    }

    private static string Describe(string holderFile)
    {
        try
        {
            var holder = JsonSerializer.Deserialize<MachineHolder>(File.ReadAllText(holderFile), JsonDefaults.Options);
            return holder is null ? "another harness holds it" : $"{holder.What} (pid {holder.Owner.Pid} on {holder.Owner.Host}) holds it since {holder.Since:u}";
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return "another harness holds it";
        }
    }

    private sealed record MachineHolder(RunOwner Owner, string What, DateTimeOffset Since);
}

/// <summary>Another harness is measuring on this machine and did not finish in time.</summary>
public sealed class MachineBusyException(string message) : Exception(message);
