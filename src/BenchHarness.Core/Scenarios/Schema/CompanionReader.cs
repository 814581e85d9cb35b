using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Reads <c>companions:</c> (servers that run beside each variant's) and the <c>load:</c> blocks.</summary>
public sealed class CompanionReader(FieldReader reader, IScenarioFiles files, string scenarioFile)
{
    private static readonly string[] CompanionKeys = ["name", "description", "server", "load"];
    private static readonly string[] LoadKeys = ["prompt", "concurrency"];

    public IReadOnlyList<CompanionSpec> ReadAll(YamlValue? value, IReadOnlyCollection<string> variantNames)
    {
        if (value is null or YamlScalar { IsNull: true })
        {
            return [];
        }

        if (value is not YamlList list)
        {
            reader.Fail(value, "companions", $"expected a list, got {value.KindName}");
            return [];
        }

        var companions = new List<CompanionSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"companions[{i}]";
            var map = reader.Map(list.Items[i], path, CompanionKeys);
            var name = map is null ? null : reader.String(map["name"], $"{path}.name");
            if (map is null || name is null)
            {
                reader.Fail(map ?? list.Items[i], $"{path}.name", "required");
                continue;
            }

            if (!IsPlainName(name))
            {
                reader.Fail(map["name"]!, $"{path}.name", "use letters, digits, '-', '_' and '.' only");
            }
            else if (companions.Any(c => c.Name == name) || variantNames.Contains(name))
            {
                reader.Fail(map["name"]!, $"{path}.name", $"'{name}' already names a companion or a variant");
            }

            var server = reader.Map(map["server"], $"{path}.server", ServerLayerReader.Keys);
            if (server is null)
            {
                reader.Fail(map, $"{path}.server", "required: the companion's launch (model, args, port, ...)");
                continue;
            }

            companions.Add(new CompanionSpec(name, reader.String(map["description"], $"{path}.description"),
                ServerLayerReader.Read(reader, server, $"{path}.server", scenarioFile), ReadLoad(map["load"], $"{path}.load")));
        }

        return companions;
    }

    public LoadSpec ReadLoad(YamlValue? value, string path)
    {
        var map = reader.Map(value, path, LoadKeys);
        if (map is null)
        {
            return LoadSpec.Default;
        }

        var concurrency = reader.Int(map["concurrency"], $"{path}.concurrency", 1, ScenarioLimits.MaxConcurrency) ?? 1;
        // The prompt is a scenario prompt's name, or a prompt mapping of its own.
        return map["prompt"] is YamlMap inline
            ? new LoadSpec(null, concurrency, new PromptReader(reader, files, scenarioFile).Read(inline, $"{path}.prompt"))
            : new LoadSpec(reader.String(map["prompt"], $"{path}.prompt"), concurrency);
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
