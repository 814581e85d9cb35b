namespace BenchHarness.IntegrationTests.Support;

/// <summary>Looks for live processes by command line in /proc, to prove nothing was left running.</summary>
internal static class ProcessTable
{
    public static IReadOnlyList<int> WithArgument(string argument) =>
        Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && IsLive(pid) && CommandLine(pid).Contains(argument))
            .ToArray();

    public static bool IsLive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static IReadOnlyList<string> CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
        }
        catch (IOException)
        {
            return [];
        }
    }
}
