namespace BenchHarness.Scenarios.Yaml;

/// <summary>
/// Turns <c>--set key.path=value</c> items into one mapping to layer over the documents. The value is read
/// as YAML, so <c>--set repeats=5</c> is a number and <c>--set thinking=[false,true]</c> a list.
/// </summary>
public static class SetOverrides
{
    public const string Source = "--set";

    public static YamlMap Parse(IReadOnlyList<string> items, ICollection<InputError> errors)
    {
        YamlValue merged = new YamlMap([], SourceMark.CommandLine);
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var keys = equals > 0 ? item[..equals].Split('.') : [];
            if (keys.Length == 0 || keys.Any(k => k.Length == 0))
            {
                errors.Add(new InputError(Source, 0, 0, "", $"'{item}' is not key.path=value"));
                continue;
            }

            var valueErrors = new List<InputError>();
            var value = YamlTreeReader.Read(item[(equals + 1)..], Source, valueErrors) ?? new YamlScalar("", true, SourceMark.CommandLine);
            if (valueErrors.Count > 0)
            {
                errors.Add(new InputError(Source, 0, 0, item[..equals], $"'{item[(equals + 1)..]}' is not a valid YAML value"));
                continue;
            }

            merged = YamlMerge.Over(merged, Nest(keys, Unmarked(value)));
        }

        return (YamlMap)merged;
    }

    /// <summary>
    /// A <c>--set</c> that puts a scalar or list where the scenario has a mapping (<c>--set server=5</c>) would
    /// silently drop the whole mapping; it is an error naming the key, as is any value for <c>server</c> that is
    /// not a mapping.
    /// </summary>
    public static void RejectShapeChanges(YamlMap document, YamlMap sets, ICollection<InputError> errors) =>
        RejectShapeChanges(document, sets, "", errors);

    private static void RejectShapeChanges(YamlMap? lower, YamlMap sets, string path, ICollection<InputError> errors)
    {
        foreach (var entry in sets.Entries)
        {
            var key = VariableExpander.Join(path, entry.Key);
            var below = lower?[entry.Key];
            var mustBeMap = below is YamlMap || key == "server";
            if (entry.Value is YamlMap map)
            {
                RejectShapeChanges(below as YamlMap, map, key, errors);
            }
            else if (mustBeMap)
            {
                errors.Add(new InputError(Source, 0, 0, key,
                    $"would replace the whole mapping with {entry.Value.KindName}; set one of its keys instead ({key}.KEY=VALUE)"));
            }
        }
    }

    private static YamlValue Nest(string[] keys, YamlValue value) =>
        keys.Reverse().Aggregate(value, (inner, key) =>
            new YamlMap([new YamlEntry(key, SourceMark.CommandLine, inner)], SourceMark.CommandLine));

    /// <summary>Line and column inside a one-line value would mislead; <c>--set</c> values point at the option itself.</summary>
    private static YamlValue Unmarked(YamlValue value) => value switch
    {
        YamlScalar s => s with { Mark = SourceMark.CommandLine },
        YamlList l => new YamlList([.. l.Items.Select(Unmarked)], SourceMark.CommandLine),
        YamlMap m => new YamlMap([.. m.Entries.Select(e => new YamlEntry(e.Key, SourceMark.CommandLine, Unmarked(e.Value)))], SourceMark.CommandLine),
        _ => value,
    };
}
