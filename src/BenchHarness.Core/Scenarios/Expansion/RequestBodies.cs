using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Builds the body POSTed to <c>/v1/chat/completions</c>: messages, max_tokens, sampling fields (the prompt's win),
/// stream (with usage), <c>cache_prompt: false</c> unless prompt caching is measured or the case has a context depth
/// (whose filled context the request must reuse), and thinking as a JSON boolean.
/// </summary>
public static class RequestBodies
{
    public static JsonElement Build(ScenarioDocument scenario, PromptSpec prompt, bool? thinking, int depth = 0)
    {
        var body = new JsonObject();
        if (scenario.ModelAlias is not null)
        {
            body["model"] = scenario.ModelAlias;
        }

        body["messages"] = new JsonArray([.. prompt.Messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role, ["content"] = m.Content })]);
        body["max_tokens"] = prompt.MaxTokens;
        foreach (var (key, value) in scenario.Sampling.Concat(prompt.Sampling))
        {
            body[key] = ToJson(value);
        }

        body["stream"] = scenario.Stream;
        if (scenario.Stream)
        {
            body["stream_options"] = new JsonObject { ["include_usage"] = true };
        }

        if (!scenario.MeasurePromptCache && depth == 0)
        {
            body["cache_prompt"] = false;
        }

        if (thinking is { } enabled)
        {
            body["chat_template_kwargs"] = new JsonObject { ["enable_thinking"] = enabled };
        }

        return JsonSerializer.SerializeToElement(body);
    }

    /// <summary>Plain YAML numbers and booleans keep their JSON type; everything else is a string.</summary>
    public static JsonNode? ToJson(YamlScalar scalar)
    {
        if (scalar.IsNull)
        {
            return null;
        }

        if (scalar.Plain)
        {
            if (scalar.Text is "true" or "false")
            {
                return scalar.Text == "true";
            }

            if (long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return integer;
            }

            if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            {
                return real;
            }
        }

        return scalar.Text;
    }
}
