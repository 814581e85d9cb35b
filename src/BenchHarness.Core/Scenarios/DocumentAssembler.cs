using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios;

/// <summary>
/// Reads a scenario file and its imports (relative to the importing file, merged in order, the importing file
/// on top) into one document. Import cycles and missing files are errors at the import that names them.
/// </summary>
public sealed class DocumentAssembler(IScenarioFiles files, ICollection<InputError> errors)
{
    private const string ImportsKey = "imports";

    public YamlMap Assemble(string path) => Read(path, null, []) ?? new YamlMap([], new SourceMark(path, 0, 0));

    private YamlMap? Read(string path, YamlScalar? importedBy, List<string> chain)
    {
        var identity = Path.GetFullPath(path);
        if (chain.Contains(identity))
        {
            Fail(importedBy!, ImportsKey, $"import cycle: {string.Join(" -> ", chain.Skip(chain.IndexOf(identity)).Select(Path.GetFileName))} -> {Path.GetFileName(path)}");
            return null;
        }

        var text = files.ReadText(path);
        if (text is null)
        {
            if (importedBy is null)
            {
                errors.Add(new InputError(path, 0, 0, "", "file not found"));
            }
            else
            {
                Fail(importedBy, ImportsKey, $"imported file '{path}' not found");
            }

            return null;
        }

        var root = YamlTreeReader.Read(text, path, errors);
        if (root is not YamlMap map)
        {
            if (root is not null)
            {
                errors.Add(new InputError(path, root.Mark.Line, root.Mark.Column, "", "a scenario must be a mapping"));
            }

            return null;
        }

        YamlValue merged = new YamlMap([], map.Mark);
        foreach (var import in ImportsOf(map))
        {
            var imported = Read(ScenarioPaths.Join(ScenarioPaths.FolderOf(path), import.Text), import, [.. chain, identity]);
            if (imported is not null)
            {
                merged = YamlMerge.Over(merged, imported);
            }
        }

        var own = map with { Entries = [.. map.Entries.Where(e => e.Key != ImportsKey)] };
        return (YamlMap)YamlMerge.Over(merged, own);
    }

    private IEnumerable<YamlScalar> ImportsOf(YamlMap map)
    {
        switch (map[ImportsKey])
        {
            case null:
                yield break;
            case YamlList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (list.Items[i] is YamlScalar { IsNull: false } scalar)
                    {
                        yield return scalar;
                    }
                    else
                    {
                        Fail(list.Items[i], $"{ImportsKey}[{i}]", "expected a file path");
                    }
                }

                break;
            case var other:
                Fail(other, ImportsKey, $"expected a list of file paths, got {other.KindName}");
                break;
        }
    }

    private void Fail(YamlValue at, string field, string message) =>
        errors.Add(new InputError(at.Mark.File, at.Mark.Line, at.Mark.Column, field, message));
}
