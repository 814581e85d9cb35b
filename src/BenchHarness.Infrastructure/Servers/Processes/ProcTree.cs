using System.Globalization;

namespace BenchHarness.Servers.Processes;

/// <summary>Walks /proc to find a process's descendants (threads' children files list child pids).</summary>
internal static class ProcTree
{
    public static IEnumerable<int> Descendants(int pid)
    {
        foreach (var child in Children(pid))
        {
            yield return child;
            foreach (var grandChild in Descendants(child))
            {
                yield return grandChild;
            }
        }
    }

    public static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/stat") && !IsZombie(pid);

    private static bool IsZombie(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)] == 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static IEnumerable<int> Children(int pid)
    {
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (IOException)
        {
            return [];
        }

        var children = new List<int>();
        foreach (var task in tasks)
        {
            try
            {
                var list = File.ReadAllText(Path.Combine(task, "children"));
                children.AddRange(list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture)));
            }
            catch (IOException)
            {
                // the thread ended while we looked
            }
        }

        return children.Distinct();
    }
}
