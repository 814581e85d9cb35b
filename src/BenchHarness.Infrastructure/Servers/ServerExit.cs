namespace BenchHarness.Servers;

/// <summary>How a server ended: its exit code when known and whether the kernel killed it for memory.</summary>
public sealed record ServerExit(int? ExitCode, bool OomKilled)
{
    public override string ToString() =>
        OomKilled ? "killed for lack of memory (OOM)" : ExitCode is { } code ? $"exited with code {code}" : "exited";
}
