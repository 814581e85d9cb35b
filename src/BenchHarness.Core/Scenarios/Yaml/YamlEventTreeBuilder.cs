using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BenchHarness.Scenarios.Yaml;

/// <summary>
/// Builds the first document of a YAML event stream with an explicit stack, never recursing. An alias reuses
/// the anchored value (no copy) but counts every value it stands for, so an alias bomb is refused before
/// anything walks it; nesting is refused at the first level past the limit.
/// </summary>
internal sealed class YamlEventTreeBuilder(string file)
{
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, Built> _anchors = new(StringComparer.Ordinal);
    private Built? _root;
    private long _values;

    /// <summary>The first document's root, or null when the stream holds no document.</summary>
    public YamlValue? Build(IParser parser)
    {
        while (_root is null && parser.MoveNext())
        {
            switch (parser.Current)
            {
                case SequenceStart start:
                    Open(new Frame(Mark(start.Start), start.Anchor, isMap: false));
                    break;
                case MappingStart start:
                    Open(new Frame(Mark(start.Start), start.Anchor, isMap: true));
                    break;
                case SequenceEnd or MappingEnd:
                    Close();
                    break;
                case Scalar scalar:
                    var mark = Mark(scalar.Start);
                    Count(1, mark, null);
                    Add(new Built(new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, mark), 1, 0), scalar.Anchor);
                    break;
                case AnchorAlias alias:
                    Add(Alias(alias), AnchorName.Empty);
                    break;
            }
        }

        return _root?.Value;
    }

    private void Open(Frame frame)
    {
        if (_open.Count >= ScenarioLimits.MaxDepth)
        {
            throw new YamlLimitException(frame.Mark, $"mappings and lists nest deeper than {ScenarioLimits.MaxDepth} levels");
        }

        Count(1, frame.Mark, null);
        _open.Push(frame);
    }

    private void Close()
    {
        var frame = _open.Pop();
        YamlValue value = frame.IsMap ? new YamlMap(frame.Entries, frame.Mark) : new YamlList(frame.Items, frame.Mark);
        Add(new Built(value, frame.Size, frame.Height + 1), frame.Anchor);
    }

    private Built Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        var mark = Mark(alias.Start);
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            throw new YamlException(alias.Start, alias.End, $"alias *{name} names no anchor defined before it");
        }

        if (_open.Count + anchored.Height > ScenarioLimits.MaxDepth)
        {
            throw new YamlLimitException(mark, $"alias *{name} nests values deeper than {ScenarioLimits.MaxDepth} levels");
        }

        Count(anchored.Size, mark, name);
        return anchored;
    }

    /// <summary>Adds values to the document's total, refusing the file once past the limit.</summary>
    private void Count(long values, SourceMark mark, string? alias)
    {
        _values += values;
        if (_values > ScenarioLimits.MaxNodes)
        {
            var what = alias is null ? "the file holds" : $"alias *{alias} brings the file to";
            throw new YamlLimitException(mark, string.Create(CultureInfo.InvariantCulture,
                $"{what} more than {ScenarioLimits.MaxNodes} values once aliases are expanded"));
        }
    }

    private void Add(Built built, AnchorName anchor)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = built;
        }

        if (!_open.TryPeek(out var parent))
        {
            _root = built;
            return;
        }

        parent.Size += built.Size;
        parent.Height = Math.Max(parent.Height, built.Height);
        if (!parent.IsMap)
        {
            parent.Items.Add(built.Value);
        }
        else if (parent.PendingKey is { } key)
        {
            parent.Entries.Add(new YamlEntry(key.Text, key.Mark, built.Value));
            parent.PendingKey = null;
        }
        else if (built.Value is not YamlScalar name)
        {
            throw new YamlLimitException(built.Value.Mark, "invalid YAML: a mapping key must be a plain value, not a list or mapping");
        }
        else if (parent.Entries.Any(e => e.Key == name.Text))
        {
            throw new YamlLimitException(name.Mark, $"invalid YAML: Duplicate key {name.Text}");
        }
        else
        {
            parent.PendingKey = name;
        }
    }

    private SourceMark Mark(YamlDotNet.Core.Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>A value with the number of values it stands for (itself included) and how deep it nests.</summary>
    private sealed record Built(YamlValue Value, long Size, int Height);

    private sealed class Frame(SourceMark mark, AnchorName anchor, bool isMap)
    {
        public SourceMark Mark { get; } = mark;
        public AnchorName Anchor { get; } = anchor;
        public bool IsMap { get; } = isMap;
        public List<YamlValue> Items { get; } = [];
        public List<YamlEntry> Entries { get; } = [];
        public YamlScalar? PendingKey { get; set; }
        public long Size { get; set; } = 1;
        public int Height { get; set; }
    }
}
