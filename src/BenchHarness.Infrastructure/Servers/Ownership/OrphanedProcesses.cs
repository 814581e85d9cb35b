using BenchHarness.Servers.Processes;

namespace BenchHarness.Servers.Ownership;

/// <summary>
/// Process servers whose harness died: pid files under <c>&lt;results&gt;/&lt;run&gt;/servers/</c> whose owner no
/// longer runs. The server's tree is killed only if the pid still names the same process (start time checked).
/// </summary>
internal static class OrphanedProcesses
{
    /// <returns>The run ids whose left-over servers were handled.</returns>
    public static IReadOnlyList<string> Reap(string resultsRoot)
    {
        if (!Directory.Exists(resultsRoot))
        {
            return [];
        }

        var runs = new List<string>();
        foreach (var path in Directory.EnumerateFiles(resultsRoot, "*" + ServerPidFile.Extension, new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 }))
        {
            if (Path.GetFileName(Path.GetDirectoryName(path)) != ServerPidFile.FolderName
                || ServerPidFile.TryRead(path) is not { } file || file.Owner.Harness.IsAlive())
            {
                continue;
            }

            ProcessTreeKiller.Kill(file.Server);
            File.Delete(path);
            runs.Add(file.Owner.RunId);
        }

        return runs;
    }
}
