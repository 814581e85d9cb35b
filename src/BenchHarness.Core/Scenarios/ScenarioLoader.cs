using BenchHarness.Planning;

namespace BenchHarness.Scenarios;

/// <summary>
/// Loads a scenario file (with its imports and variables), applies command-line overrides, validates it
/// and expands it into a <see cref="ScenarioPlan"/>. Throws <see cref="InputException"/> with every problem found.
/// </summary>
public static class ScenarioLoader
{
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides"><c>key.path=value</c> items from <c>--set</c>; they win over everything in files.</param>
    public static ScenarioPlan Load(string path, IReadOnlyList<string> overrides) => throw new NotImplementedException();
}
