using BenchHarness.Planning;
using BenchHarness.Scenarios.Expansion;
using BenchHarness.Scenarios.Schema;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios;

/// <summary>
/// Loads a scenario file (with its imports and variables), applies command-line overrides, validates it
/// and expands it into a <see cref="ScenarioPlan"/>. Throws <see cref="InputException"/> with every problem found.
/// </summary>
/// <remarks>
/// Precedence, lowest first: built-in defaults, imports (in order), the file, the variant, <c>--set</c>.
/// </remarks>
public static class ScenarioLoader
{
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides"><c>key.path=value</c> items from <c>--set</c>; they win over everything in files.</param>
    public static ScenarioPlan Load(string path, IReadOnlyList<string> overrides) => Load(path, overrides, DiskScenarioFiles.Instance);

    public static ScenarioPlan Load(string path, IReadOnlyList<string> overrides, IScenarioFiles files)
    {
        var errors = new List<InputError>();
        var assembled = new DocumentAssembler(files, errors).Assemble(path);
        var sets = SetOverrides.Parse(overrides, errors);
        SetOverrides.RejectShapeChanges(assembled, sets, errors);
        var commandLineServer = sets["server"] as YamlMap ?? new YamlMap([], SourceMark.CommandLine);
        var merged = (YamlMap)YamlMerge.Over(assembled, sets with { Entries = [.. sets.Entries.Where(e => e.Key != "server")] });

        var variables = Variables.Read(merged, files, errors);
        var expanded = (YamlMap)VariableExpander.Expand(merged with { Entries = [.. merged.Entries.Where(e => e.Key != "variables")] }, variables, files.Environment, "", errors);
        var expandedServerSets = (YamlMap)VariableExpander.Expand(commandLineServer, variables, files.Environment, "server", errors);
        ThrowIfAny(errors, path);

        var reader = new FieldReader(errors);
        var document = new DocumentReader(reader, files, path).Read(expanded, expandedServerSets);
        ThrowIfAny(errors, path);

        var hashed = YamlMerge.Over(expanded, new YamlMap([new YamlEntry("server", SourceMark.CommandLine, expandedServerSets)], SourceMark.CommandLine));
        var plan = ScenarioExpander.Expand(document, expanded, hashed, reader, path, files);
        ThrowIfAny(errors, path);
        return plan!;
    }

    /// <summary>Throws every error found so far, the scenario file's first, each file's in reading order.</summary>
    private static void ThrowIfAny(List<InputError> errors, string path)
    {
        if (errors.Count > 0)
        {
            var files = errors.Select(e => e.File).Prepend(path).Distinct().ToList();
            throw new InputException([.. errors.Distinct().OrderBy(e => files.IndexOf(e.File)).ThenBy(e => e.Line).ThenBy(e => e.Column)]);
        }
    }
}
