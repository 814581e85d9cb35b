using System.Text.RegularExpressions;

namespace BenchHarness.Scenarios.Yaml;

/// <summary>
/// Replaces <c>${name}</c> with a scenario variable and <c>${env:NAME}</c> with an environment variable in
/// every scalar. <c>${placement}</c> is left alone: it marks where placement overrides go in an argument list.
/// </summary>
public static partial class VariableExpander
{
    public const string PlacementMarker = "${placement}";

    [GeneratedRegex(@"\$\{(?<env>env:)?(?<name>[A-Za-z_][A-Za-z0-9_.-]*)\}")]
    private static partial Regex Reference();

    public static YamlValue Expand(
        YamlValue value,
        IReadOnlyDictionary<string, string> variables,
        Func<string, string?> environment,
        string path,
        ICollection<InputError> errors) => value switch
        {
            YamlScalar scalar => scalar with { Text = ExpandText(scalar, variables, environment, path, errors) },
            YamlList list => list with
            {
                Items = [.. list.Items.Select((item, i) => Expand(item, variables, environment, $"{path}[{i}]", errors))],
            },
            YamlMap map => map with
            {
                Entries = [.. map.Entries.Select(e => e with { Value = Expand(e.Value, variables, environment, Join(path, e.Key), errors) })],
            },
            _ => value,
        };

    private static string ExpandText(
        YamlScalar scalar,
        IReadOnlyDictionary<string, string> variables,
        Func<string, string?> environment,
        string path,
        ICollection<InputError> errors)
    {
        return Reference().Replace(scalar.Text, match =>
        {
            var name = match.Groups["name"].Value;
            if (match.Groups["env"].Success)
            {
                return environment(name) ?? Undefined(match.Value, $"environment variable '{name}' is not set");
            }

            if (match.Value == PlacementMarker)
            {
                return match.Value;
            }

            return variables.TryGetValue(name, out var text) ? text : Undefined(match.Value, $"undefined variable '{name}'");
        });

        string Undefined(string original, string message)
        {
            errors.Add(new InputError(scalar.Mark.File, scalar.Mark.Line, scalar.Mark.Column, path, message));
            return original;
        }
    }

    internal static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
