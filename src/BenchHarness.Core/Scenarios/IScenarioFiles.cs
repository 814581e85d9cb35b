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

    /// <summary>The header of a GGUF model file, or null when it does not exist. Throws <see cref="InputException"/> for a bad file.</summary>
    Gguf.GgufFile? ReadGgufHeader(string path);
}

/// <summary>Reads the real disk and process environment.</summary>
public sealed class DiskScenarioFiles : IScenarioFiles
{
    public static DiskScenarioFiles Instance { get; } = new();

    public string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    public string? Environment(string name) => System.Environment.GetEnvironmentVariable(name);

    public Gguf.GgufFile? ReadGgufHeader(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return Gguf.GgufReader.Read(stream, path);
    }
}
