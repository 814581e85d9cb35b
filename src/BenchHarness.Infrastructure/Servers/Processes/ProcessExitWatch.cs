using System.Runtime.InteropServices;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.Servers.Processes;

/// <summary>
/// Completes when a process that is not our child exits (a container's main process). A pidfd wakes a blocked
/// poll(2) at the exit, so waiting costs no CPU and no engine call; without pidfd support /proc is checked 4 times a second.
/// </summary>
internal static partial class ProcessExitWatch
{
    private const short PollIn = 1;
    private const int PollSliceMs = 500; // how soon a cancellation is noticed

    public static Task WaitAsync(ProcessIdentity process, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Wait(process, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Wait(ProcessIdentity process, CancellationToken cancellationToken)
    {
        var fd = TryOpenPidfd(process.Pid);
        if (fd < 0)
        {
            while (process.IsAlive())
            {
                cancellationToken.WaitHandle.WaitOne(250);
                cancellationToken.ThrowIfCancellationRequested();
            }

            return;
        }

        try
        {
            // Checked after the open: the pidfd now pins this pid, so a reuse would show as a different start time.
            if (!process.IsAlive())
            {
                return;
            }

            var poll = new PollFd { Fd = fd, Events = PollIn };
            while (true)
            {
                var ready = Poll(ref poll, 1, PollSliceMs);
                if (ready > 0 || (ready < 0 && !process.IsAlive()))
                {
                    return;
                }

                if (ready < 0)
                {
                    cancellationToken.WaitHandle.WaitOne(250); // interrupted: do not spin
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static int TryOpenPidfd(int pid)
    {
        try
        {
            return PidfdOpen(pid, 0);
        }
        catch (EntryPointNotFoundException)
        {
            return -1; // a C library older than glibc 2.36
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "pidfd_open", SetLastError = true)]
    private static partial int PidfdOpen(int pid, uint flags);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollFd fds, uint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
