namespace BenchHarness.Scenarios.Yaml;

/// <summary>
/// Layers one document over another: mappings merge key by key (recursively), while lists and scalars
/// of the upper layer replace the lower one's. This is how imports, files and <c>--set</c> stack.
/// </summary>
public static class YamlMerge
{
    public static YamlValue Over(YamlValue? lower, YamlValue upper)
    {
        if (lower is not YamlMap lowerMap || upper is not YamlMap upperMap)
        {
            return upper;
        }

        var entries = lowerMap.Entries.ToList();
        foreach (var entry in upperMap.Entries)
        {
            var index = entries.FindIndex(e => e.Key == entry.Key);
            if (index < 0)
            {
                entries.Add(entry);
            }
            else
            {
                entries[index] = entry with { Value = Over(entries[index].Value, entry.Value) };
            }
        }

        // A --set layer has no place in a file; the merged mapping stays where the file wrote it.
        return new YamlMap(entries, upperMap.Mark == SourceMark.CommandLine ? lowerMap.Mark : upperMap.Mark);
    }
}
