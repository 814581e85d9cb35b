using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios;

/// <summary>Relative paths in a scenario resolve against the folder of the file that wrote them.</summary>
public static class ScenarioPaths
{
    public static string FolderOf(string file) => Path.GetDirectoryName(file) ?? "";

    /// <summary>Joins a relative path to a folder and folds <c>a/../</c>, keeping the result as short as it was written.</summary>
    public static string Join(string folder, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return relative;
        }

        var parts = new List<string>();
        foreach (var part in Path.Combine(folder, relative).Replace('\\', '/').Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0))
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != ".." && parts[^1].Length > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? "." : string.Join('/', parts);
    }

    /// <summary>
    /// Resolves a host path written in a scenario against the folder of its source file (<c>--set</c> values against
    /// the scenario's folder). A bare name such as <c>llama-server</c> stays as written, to be found on PATH.
    /// </summary>
    public static string Resolve(string path, SourceMark mark, string scenarioFile) =>
        path.Contains('/') ? Join(FolderOf(mark.File == SetOverrides.Source ? scenarioFile : mark.File), path) : path;
}
