using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Reads a merged, expanded scenario document into a <see cref="ScenarioDocument"/>, collecting every error.</summary>
public sealed class DocumentReader(FieldReader reader, IScenarioFiles files, string scenarioFile)
{
    public static readonly string[] Keys =
    [
        "name", "description", "imports", "variables", "server", "variants", "prompts", "sampling", "thinking",
        "repeats", "warmup", "stream", "measure_prompt_cache", "model_alias", "limits", "budgets", "depths", "concurrency",
        "companions", "load",
    ];

    private static readonly string[] VariantKeys = ["name", "description", .. ServerLayerReader.Keys];

    public ScenarioDocument Read(YamlMap document, YamlMap commandLineServer)
    {
        reader.Map(document, "", Keys);
        var name = reader.String(document["name"], "name");
        if (name is null)
        {
            reader.Fail(document, "name", "required");
        }

        var server = reader.Map(document["server"], "server", ServerLayerReader.Keys);
        if (server is null && document["server"] is null)
        {
            reader.Fail(document, "server", "required");
        }

        reader.Map(commandLineServer, "server", ServerLayerReader.Keys);
        var variants = Variants(document["variants"]);
        var companions = new CompanionReader(reader, files, scenarioFile);
        return new ScenarioDocument
        {
            Name = name ?? "",
            Description = reader.String(document["description"], "description"),
            Server = server is null ? ServerLayer.Empty : ServerLayerReader.Read(reader, server, "server", scenarioFile),
            CommandLineServer = ServerLayerReader.Read(reader, commandLineServer, "server", scenarioFile),
            Variants = variants,
            Prompts = new PromptReader(reader, files, scenarioFile).ReadAll(document),
            Sampling = reader.ScalarMap(document["sampling"], "sampling") ?? [],
            Thinking = Thinking(document["thinking"]),
            Depths = IntList(document["depths"], "depths", 0, ScenarioLimits.MaxDepthTokens) ?? [0],
            Concurrency = IntList(document["concurrency"], "concurrency", 1, ScenarioLimits.MaxConcurrency) ?? [1],
            Repeats = reader.Int(document["repeats"], "repeats", minimum: 1, maximum: ScenarioLimits.MaxRepeats) ?? 1,
            Warmup = reader.Int(document["warmup"], "warmup", maximum: ScenarioLimits.MaxWarmup) ?? 0,
            Stream = reader.Bool(document["stream"], "stream") ?? false,
            MeasurePromptCache = reader.Bool(document["measure_prompt_cache"], "measure_prompt_cache") ?? false,
            ModelAlias = reader.String(document["model_alias"], "model_alias"),
            Limits = LimitsReader.Read(reader, document["limits"]),
            Budgets = BudgetReader.Read(reader, document["budgets"]),
            Companions = companions.ReadAll(document["companions"], [.. variants.Select(v => v.Name)]),
            Load = companions.ReadLoad(document["load"], "load"),
        };
    }

    private IReadOnlyList<bool?> Thinking(YamlValue? value)
    {
        if (value is YamlList list)
        {
            var values = list.Items.Select((item, i) => reader.Bool(item, $"thinking[{i}]")).Where(b => b is not null).Distinct().ToList();
            return values.Count == 0 ? [null] : values;
        }

        return [reader.Bool(value, "thinking")];
    }

    /// <summary>A dimension given as one integer or a list of them; duplicates are dropped, the order kept.</summary>
    private IReadOnlyList<int>? IntList(YamlValue? value, string path, int minimum, int maximum)
    {
        if (value is YamlList list)
        {
            var values = list.Items.Select((item, i) => reader.Int(item, $"{path}[{i}]", minimum, maximum))
                .OfType<int>().Distinct().ToList();
            if (list.Items.Count == 0)
            {
                reader.Fail(list, path, "expected at least one value");
            }

            return values.Count == 0 ? null : values;
        }

        return reader.Int(value, path, minimum, maximum) is { } single ? [single] : null;
    }

    private IReadOnlyList<VariantSpec> Variants(YamlValue? value)
    {
        if (value is null or YamlScalar { IsNull: true })
        {
            return [new VariantSpec("default", null, ServerLayer.Empty)];
        }

        if (value is not YamlList list)
        {
            reader.Fail(value, "variants", $"expected a list, got {value.KindName}");
            return [];
        }

        var variants = new List<VariantSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"variants[{i}]";
            var map = reader.Map(list.Items[i], path, VariantKeys);
            if (map is null)
            {
                if (list.Items[i] is YamlScalar { IsNull: true })
                {
                    reader.Fail(list.Items[i], path, "expected a variant mapping");
                }

                continue;
            }

            var name = reader.String(map["name"], $"{path}.name");
            if (name is null)
            {
                reader.Fail(map, $"{path}.name", "required");
                continue;
            }

            if (variants.Any(v => v.Name == name))
            {
                reader.Fail(map["name"]!, $"{path}.name", $"duplicate variant name '{name}'");
            }

            variants.Add(new VariantSpec(name, reader.String(map["description"], $"{path}.description"),
                ServerLayerReader.Read(reader, map, path, scenarioFile)));
        }

        return variants;
    }
}
