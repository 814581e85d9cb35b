using System.Globalization;

namespace BenchHarness.Servers.Ownership;

/// <summary>
/// <c>&lt;run folder&gt;/servers/&lt;variant&gt;.pid</c>: a process server and its owner, written when the server
/// starts and deleted once it has stopped, so a file still present after its owner died marks a left-over server.
/// One <c>key=value</c> per line; invariant numbers.
/// </summary>
public sealed record ServerPidFile(ProcessIdentity Server, ServerOwner Owner)
{
    public const string FolderName = "servers";
    public const string Extension = ".pid";

    public static string PathFor(string runFolder, string variantSlug) => Path.Combine(runFolder, FolderName, variantSlug + Extension);

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = new[]
        {
            $"server_pid={Server.Pid.ToString(CultureInfo.InvariantCulture)}",
            $"server_start={Server.StartTicks.ToString(CultureInfo.InvariantCulture)}",
            $"owner_pid={Owner.Harness.Pid.ToString(CultureInfo.InvariantCulture)}",
            $"owner_start={Owner.Harness.StartTicks.ToString(CultureInfo.InvariantCulture)}",
            $"run_id={Owner.RunId}",
        };
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
    }

    /// <summary>The file's content, or null when it is missing or not a pid file this harness wrote.</summary>
    public static ServerPidFile? TryRead(string path)
    {
        Dictionary<string, string> values;
        try
        {
            values = File.ReadLines(path).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        return Int(values, "server_pid") is { } serverPid && Long(values, "server_start") is { } serverStart
            && Int(values, "owner_pid") is { } ownerPid && Long(values, "owner_start") is { } ownerStart
            && values.TryGetValue("run_id", out var runId)
            ? new ServerPidFile(new ProcessIdentity(serverPid, serverStart), new ServerOwner(runId, new ProcessIdentity(ownerPid, ownerStart)))
            : null;
    }

    private static int? Int(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var t) && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static long? Long(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var t) && long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
