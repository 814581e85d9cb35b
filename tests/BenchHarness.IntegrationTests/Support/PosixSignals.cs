using System.Runtime.InteropServices;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>The signals the fault drills send: freeze a server, kill a harness without warning.</summary>
internal static partial class PosixSignals
{
    public const int Kill = 9;
    public const int Continue = 18;
    public const int Stop = 19;

    public static void Send(int pid, int signal)
    {
        if (SendSignal(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
