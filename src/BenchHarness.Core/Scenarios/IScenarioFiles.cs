namespace BenchHarness.Scenarios;

/// <summary>
/// The files a scenario reads (itself, imports, prompt files) and the environment for <c>${env:NAME}</c>,
/// behind one small seam so loading and validation run in tests without a disk.
/// </summary>
public interface IScenarioFiles
{
    /// <summary>The text of a file, or null when it does not exist.</summary>
    string? ReadText(string path);

    string? Environment(string name);
}

/// <summary>Reads the real disk and process environment.</summary>
public sealed class DiskScenarioFiles : IScenarioFiles
{
    public static DiskScenarioFiles Instance { get; } = new();

    public string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    public string? Environment(string name) => System.Environment.GetEnvironmentVariable(name);
}
