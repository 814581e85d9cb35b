using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BenchHarness.Scenarios.Yaml;

/// <summary>Turns YAML text into a <see cref="YamlValue"/> tree with marks; syntax errors become <see cref="InputError"/>s.</summary>
public static class YamlTreeReader
{
    public static YamlValue? Read(string text, string file, ICollection<InputError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(new InputError(file, (int)e.Start.Line, (int)e.Start.Column, "", $"invalid YAML: {InnermostMessage(e)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a position) when the text ends inside a flow collection.
            var lastLine = text.TrimEnd().Split('\n').Length;
            errors.Add(new InputError(file, lastLine, 1, "", "invalid YAML: the file ends inside a flow collection (an unclosed '[' or '{'?)"));
            return null;
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, file, errors);
    }

    private static YamlValue Convert(YamlNode node, string file, ICollection<InputError> errors)
    {
        var mark = MarkOf(node, file);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new YamlScalar(scalar.Value ?? "", scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, mark);
            case YamlSequenceNode sequence:
                return new YamlList([.. sequence.Children.Select(c => Convert(c, file, errors))], mark);
            case YamlMappingNode mapping:
                var entries = new List<YamlEntry>();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? key.ToString();
                    entries.Add(new YamlEntry(name, MarkOf(key, file), Convert(value, file, errors)));
                }

                return new YamlMap(entries, mark);
            default:
                errors.Add(new InputError(file, mark.Line, mark.Column, "", "unsupported YAML node (aliases are not supported)"));
                return new YamlScalar("", true, mark);
        }
    }

    private static SourceMark MarkOf(YamlNode node, string file) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static string InnermostMessage(Exception e) => e.InnerException is { } inner ? InnermostMessage(inner) : e.Message;
}
