using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>Scenario files and environment held in memory, so precedence specs state their whole input inline.</summary>
internal sealed class InMemoryScenarioFiles(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? environment = null)
    : IScenarioFiles
{
    public string? ReadText(string path) => files.TryGetValue(path, out var text) ? text : null;

    public string? Environment(string name) => environment is not null && environment.TryGetValue(name, out var value) ? value : null;

    /// <summary>Model files are real files on disk (written by the GGUF writer), as the runner would see them.</summary>
    public BenchHarness.Gguf.GgufFile? ReadGgufHeader(string path) => DiskScenarioFiles.Instance.ReadGgufHeader(path);
}
