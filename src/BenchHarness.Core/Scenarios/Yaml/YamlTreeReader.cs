using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BenchHarness.Scenarios.Yaml;

/// <summary>
/// Turns YAML text into a <see cref="YamlValue"/> tree with marks; syntax errors become <see cref="InputError"/>s.
/// The tree is built from the parser's event stream without recursion, bounding nesting depth and the
/// values aliases expand to (<see cref="ScenarioLimits"/>) as each event arrives.
/// </summary>
public static class YamlTreeReader
{
    public static YamlValue? Read(string text, string file, ICollection<InputError> errors)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var root = new YamlEventTreeBuilder(file).Build(parser);

            // Later documents are ignored, but their syntax is still checked.
            while (parser.MoveNext())
            {
            }

            return root;
        }
        catch (YamlLimitException e)
        {
            errors.Add(new InputError(file, e.Mark.Line, e.Mark.Column, "", e.Message));
            return null;
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
    }

    private static string InnermostMessage(Exception e) => e.InnerException is { } inner ? InnermostMessage(inner) : e.Message;
}
