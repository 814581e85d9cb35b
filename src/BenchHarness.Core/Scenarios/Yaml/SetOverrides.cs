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
