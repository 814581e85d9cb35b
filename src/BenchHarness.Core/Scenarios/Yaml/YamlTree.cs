namespace BenchHarness.Scenarios.Yaml;

/// <summary>Where a value was written: a file (or <c>--set</c>) with a 1-based line and column; line 0 when unknown.</summary>
public sealed record SourceMark(string File, int Line, int Column)
{
    public static SourceMark CommandLine { get; } = new("--set", 0, 0);
}

/// <summary>
/// A YAML value that remembers where it was written, so merged documents (imports, variants, <c>--set</c>)
/// still report errors at the line that wrote the value.
/// </summary>
public abstract record YamlValue(SourceMark Mark)
{
    public abstract string KindName { get; }
}

/// <summary>A scalar; <see cref="Plain"/> is false when quoted, so <c>"true"</c> stays a string.</summary>
public sealed record YamlScalar(string Text, bool Plain, SourceMark Mark) : YamlValue(Mark)
{
    public override string KindName => IsNull ? "null" : "a scalar";

    public bool IsNull => Plain && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlList(IReadOnlyList<YamlValue> Items, SourceMark Mark) : YamlValue(Mark)
{
    public override string KindName => "a list";
}

/// <summary>An ordered mapping; each entry keeps the mark of its key, which is where unknown-key errors point.</summary>
public sealed record YamlMap(IReadOnlyList<YamlEntry> Entries, SourceMark Mark) : YamlValue(Mark)
{
    public override string KindName => "a mapping";

    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);

    public YamlValue? this[string key] => Find(key)?.Value;
}

public sealed record YamlEntry(string Key, SourceMark KeyMark, YamlValue Value);
