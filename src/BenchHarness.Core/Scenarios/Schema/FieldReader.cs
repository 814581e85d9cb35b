using System.Globalization;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>
/// Reads typed values out of the YAML tree, collecting every problem as an <see cref="InputError"/> that names
/// the file, line, column and field path instead of stopping at the first one.
/// </summary>
public sealed class FieldReader(ICollection<InputError> errors)
{
    public ICollection<InputError> Errors => errors;

    public void Fail(YamlValue at, string field, string message) =>
        errors.Add(new InputError(at.Mark.File, at.Mark.Line, at.Mark.Column, field, message));

    public void Fail(SourceMark at, string field, string message) =>
        errors.Add(new InputError(at.File, at.Line, at.Column, field, message));

    /// <summary>The value as a mapping with only <paramref name="allowed"/> keys; null (after an error) when it is something else.</summary>
    public YamlMap? Map(YamlValue? value, string path, IReadOnlyCollection<string> allowed)
    {
        if (value is null or YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is not YamlMap map)
        {
            Fail(value, path, $"expected a mapping, got {value.KindName}");
            return null;
        }

        foreach (var entry in map.Entries.Where(e => !allowed.Contains(e.Key)))
        {
            var hint = KeySuggestion.Closest(entry.Key, allowed) is { } close ? $"; did you mean '{close}'?" : "";
            Fail(entry.KeyMark, VariableExpander.Join(path, entry.Key), $"unknown key{hint}");
        }

        return map;
    }

    public YamlScalar? Scalar(YamlValue? value, string path, string expected)
    {
        switch (value)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                Fail(value, path, $"expected {expected}, got {value.KindName}");
                return null;
        }
    }

    public string? String(YamlValue? value, string path) => Scalar(value, path, "a string")?.Text;

    public int? Int(YamlValue? value, string path, int minimum = 0, int maximum = int.MaxValue)
    {
        var scalar = Scalar(value, path, "an integer");
        if (scalar is null)
        {
            return null;
        }

        if (!scalar.Plain || !long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            var tooLong = scalar.Plain && scalar.Text.TrimStart('-', '+').Length > 0 && scalar.Text.TrimStart('-', '+').All(char.IsAsciiDigit);
            Fail(scalar, path, tooLong ? $"{Shown(scalar.Text)} is out of range ({minimum} to {maximum})" : $"expected an integer, got '{Shown(scalar.Text)}'");
            return null;
        }

        if (number < minimum)
        {
            Fail(scalar, path, $"must be at least {minimum}");
            return null;
        }

        if (number > maximum)
        {
            Fail(scalar, path, $"must be at most {maximum}");
            return null;
        }

        return (int)number;
    }

    public TimeSpan? Duration(YamlValue? value, string path)
    {
        var scalar = Scalar(value, path, "a duration");
        if (scalar is null)
        {
            return null;
        }

        var duration = DurationText.Parse(scalar.Text);
        if (duration is null)
        {
            Fail(scalar, path, $"'{Shown(scalar.Text)}' is not a duration like 90s, 10m, 1h30m or 250ms");
        }

        return duration;
    }

    /// <summary>A value as it may be quoted in a message: a hostile file's 100 KB scalar is cut short.</summary>
    public static string Shown(string text) => text.Length <= 80 ? text : text[..77] + "...";

    public bool? Bool(YamlValue? value, string path)
    {
        var scalar = Scalar(value, path, "true or false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Plain && scalar.Text is "true" or "false")
        {
            return scalar.Text == "true";
        }

        Fail(scalar, path, $"expected true or false, got '{scalar.Text}'");
        return null;
    }

    /// <summary>A list of scalars, each kept as written (numbers and booleans become their text).</summary>
    public IReadOnlyList<YamlScalar>? Scalars(YamlValue? value, string path)
    {
        switch (value)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlList list:
                var items = new List<YamlScalar>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (Scalar(list.Items[i], $"{path}[{i}]", "a string") is { } scalar)
                    {
                        items.Add(scalar);
                    }
                    else if (list.Items[i] is YamlScalar { IsNull: true } empty)
                    {
                        Fail(empty, $"{path}[{i}]", "expected a value, got null");
                    }
                }

                return items;
            default:
                Fail(value, path, $"expected a list, got {value.KindName}");
                return null;
        }
    }

    public IReadOnlyList<string>? Strings(YamlValue? value, string path) => Scalars(value, path)?.Select(s => s.Text).ToList();

    /// <summary>A mapping of names to scalar values, in the order written.</summary>
    public IReadOnlyList<KeyValuePair<string, YamlScalar>>? ScalarMap(YamlValue? value, string path)
    {
        switch (value)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlMap map:
                var pairs = new List<KeyValuePair<string, YamlScalar>>();
                foreach (var entry in map.Entries)
                {
                    if (Scalar(entry.Value, VariableExpander.Join(path, entry.Key), "a scalar") is { } scalar)
                    {
                        pairs.Add(new(entry.Key, scalar));
                    }
                }

                return pairs;
            default:
                Fail(value, path, $"expected a mapping, got {value.KindName}");
                return null;
        }
    }
}
