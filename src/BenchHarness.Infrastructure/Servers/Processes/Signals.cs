using System.Runtime.InteropServices;

namespace BenchHarness.Servers.Processes;

/// <summary>POSIX signals that .NET does not expose for other processes.</summary>
internal static partial class Signals
{
    private const int SigKill = 9;
    private const int SigTerm = 15;

    /// <summary>Asks the process to shut down the way <c>kill</c> would; llama-server exits cleanly on it.</summary>
    public static void Terminate(int pid) => _ = Kill(pid, SigTerm);

    /// <summary>Ends the process at once; it cannot catch or ignore this.</summary>
    public static void ForceKill(int pid) => _ = Kill(pid, SigKill);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
