namespace BenchHarness.Storage;

/// <summary>
/// Who runs the local cluster's programs. PostgreSQL refuses to run as root, so a root <c>bench</c> runs them
/// as the <c>postgres</c> system user through <c>runuser</c> and hands that user the data folder.
/// </summary>
internal static class ClusterUser
{
    public const string SystemUser = "postgres";

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    public static Task<ProgramRun.Result> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = PostgresBinaries.Find(program);
        return IsRoot
            ? ProgramRun.RunAsync("runuser", ["-u", SystemUser, "--", path, .. arguments], cancellationToken)
            : ProgramRun.RunAsync(path, arguments, cancellationToken);
    }

    /// <summary>Makes <paramref name="folder"/> the cluster user's own (a no-op unless root).</summary>
    public static async Task TakeOwnershipAsync(string folder, CancellationToken cancellationToken)
    {
        if (!IsRoot)
        {
            return;
        }

        var result = await ProgramRun.RunAsync("chown", ["-R", $"{SystemUser}:{SystemUser}", folder], cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new StoreUnavailableException($"could not hand {folder} to the {SystemUser} user: {result.Output}");
        }
    }
}
