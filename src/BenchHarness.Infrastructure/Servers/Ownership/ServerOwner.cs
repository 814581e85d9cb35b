namespace BenchHarness.Servers.Ownership;

/// <summary>Who a server belongs to: the run and the harness process running it.</summary>
public sealed record ServerOwner(string RunId, ProcessIdentity Harness)
{
    /// <summary>An owner on another machine (a remote engine) cannot be checked here, so it counts as alive.</summary>
    public static string Host { get; } = Environment.MachineName;

    public static ServerOwner ThisHarness(string runId) => new(runId, ProcessIdentity.Current);
}
