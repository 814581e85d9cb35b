using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Reads <c>prompts</c>: inline chat messages, or a text file sent as one user message.</summary>
public sealed class PromptReader(FieldReader reader, IScenarioFiles files, string scenarioFile)
{
    public const int DefaultMaxTokens = 256;
    private static readonly string[] Keys = ["name", "messages", "file", "max_tokens", "sampling"];
    private static readonly string[] MessageKeys = ["role", "content"];
    private static readonly string[] Roles = ["system", "user", "assistant"];

    public IReadOnlyList<PromptSpec> ReadAll(YamlMap document)
    {
        var value = document["prompts"];
        if (value is not YamlList { Items.Count: > 0 } list)
        {
            reader.Fail(value ?? document, "prompts", value is null or YamlList ? "at least one prompt is required" : $"expected a list, got {value.KindName}");
            return [];
        }

        var prompts = new List<PromptSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (Read(list.Items[i], $"prompts[{i}]") is { } prompt)
            {
                if (prompts.Any(p => p.Name == prompt.Name))
                {
                    reader.Fail(((YamlMap)list.Items[i])["name"]!, $"prompts[{i}].name", $"duplicate prompt name '{prompt.Name}'");
                }

                prompts.Add(prompt);
            }
        }

        return prompts;
    }

    /// <summary>One prompt mapping (name, messages or file, max_tokens, sampling); null, with the errors reported, when it is bad.</summary>
    public PromptSpec? Read(YamlValue item, string path)
    {
        var map = reader.Map(item, path, Keys);
        if (map is null)
        {
            if (item is YamlScalar { IsNull: true })
            {
                reader.Fail(item, path, "expected a prompt mapping");
            }

            return null;
        }

        var name = reader.String(map["name"], $"{path}.name");
        if (name is null)
        {
            reader.Fail(map, $"{path}.name", "required");
        }

        var messages = Messages(map, path);
        var maxTokens = reader.Int(map["max_tokens"], $"{path}.max_tokens", minimum: 1) ?? DefaultMaxTokens;
        var sampling = reader.ScalarMap(map["sampling"], $"{path}.sampling") ?? [];
        return name is null || messages is null ? null : new PromptSpec(name, messages, maxTokens, sampling);
    }

    private IReadOnlyList<ChatMessage>? Messages(YamlMap map, string path)
    {
        var file = reader.Scalar(map["file"], $"{path}.file", "a path");
        if (file is not null && map["messages"] is not null)
        {
            reader.Fail(file, $"{path}.file", "give either messages or file, not both");
            return null;
        }

        if (file is not null)
        {
            var text = files.ReadText(ScenarioPaths.Resolve(file.Text, file.Mark, scenarioFile));
            if (text is null)
            {
                reader.Fail(file, $"{path}.file", $"prompt file '{file.Text}' not found");
                return null;
            }

            return [new ChatMessage("user", text)];
        }

        if (map["messages"] is not YamlList { Items.Count: > 0 } list)
        {
            reader.Fail(map["messages"] ?? map, $"{path}.messages", "a non-empty list of messages (or a file) is required");
            return null;
        }

        var messages = new List<ChatMessage>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var at = $"{path}.messages[{i}]";
            var message = reader.Map(list.Items[i], at, MessageKeys);
            var role = reader.String(message?["role"], $"{at}.role");
            var content = reader.String(message?["content"], $"{at}.content");
            if (message is null || role is null || content is null)
            {
                reader.Fail(message ?? list.Items[i], at, "role and content are required");
            }
            else if (!Roles.Contains(role))
            {
                reader.Fail(message["role"]!, $"{at}.role", $"unknown role '{role}'; expected system, user or assistant");
            }
            else
            {
                messages.Add(new ChatMessage(role, content));
            }
        }

        return messages;
    }
}
