using System.Globalization;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// The kernel's count of OOM kills in a container's memory cgroup (<c>oom_kill</c> in cgroup v1's
/// <c>memory.oom_control</c> or v2's <c>memory.events</c>). podman on cgroup v1 reports <c>OOMKilled: false</c>
/// for a container the kernel killed for memory, so the harness reads the count itself, right at the exit and
/// before the engine removes the cgroup.
/// </summary>
internal sealed class CgroupOomCounter(string path)
{
    private const string Root = "/sys/fs/cgroup";

    /// <summary>The counter of the process's memory cgroup; null when none can be read (a remote engine, no memory controller).</summary>
    public static CgroupOomCounter? Of(int pid)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/cgroup");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "N:memory:/path" is cgroup v1's memory controller; "0::/path" is the unified (v2) hierarchy.
        var v1 = lines.Select(l => l.Split(':', 3)).FirstOrDefault(p => p.Length == 3 && p[1].Split(',').Contains("memory"));
        var v2 = lines.Select(l => l.Split(':', 3)).FirstOrDefault(p => p.Length == 3 && p[0] == "0" && p[1].Length == 0);
        var candidates = new[]
        {
            v1 is null ? null : $"{Root}/memory{v1[2]}/memory.oom_control",
            v2 is null ? null : $"{Root}{v2[2]}/memory.events",
            v2 is null ? null : $"{Root}/unified{v2[2]}/memory.events",
        };
        return candidates.OfType<string>().Where(File.Exists).Select(p => new CgroupOomCounter(p)).FirstOrDefault(c => c.Read() is not null);
    }

    /// <summary>OOM kills so far, or null once the cgroup is gone.</summary>
    public long? Read()
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("oom_kill ", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["oom_kill ".Length..], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
