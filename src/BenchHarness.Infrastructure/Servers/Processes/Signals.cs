using System.Runtime.InteropServices;

namespace BenchHarness.Servers.Processes;

/// <summary>POSIX signals that .NET does not expose for other processes.</summary>
internal static partial class Signals
{
    private const int SigTerm = 15;

    /// <summary>Asks the process to shut down the way Ctrl-C / <c>kill</c> would; llama-server exits cleanly on it.</summary>
    public static void Terminate(int pid) => _ = Kill(pid, SigTerm);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
