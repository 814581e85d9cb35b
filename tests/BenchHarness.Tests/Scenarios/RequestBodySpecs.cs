using System.Text.Json;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

public sealed class RequestBodySpecs
{
    private static IReadOnlyList<BenchHarness.Planning.BenchCase> Cases(string extra) =>
        ScenarioLoader.Load("r.yaml", [], new InMemoryScenarioFiles(new Dictionary<string, string>
        {
            ["r.yaml"] = $$$"""
                name: r
                server: {engine: process, binary: /bin/llama-server, model: /models/m.gguf}
                prompts:
                  - {name: a, max_tokens: 64, messages: [{role: user, content: hi}], sampling: {top_k: 10}}
                  - {name: b, file: prompts/b.txt}
                sampling: {temperature: 0.7, top_k: 45, seed: "42"}
                {{{extra}}}
                """,
            ["prompts/b.txt"] = "text from a file\n",
        })).Cases;

    [Fact]
    public void Thinking_is_sent_as_a_json_boolean_for_each_value_of_the_dimension()
    {
        var cases = Cases("thinking: [false, true]\nrepeats: 2\nwarmup: 1");

        Assert.Equal(1 + (2 * 2 * 2), cases.Count);
        Assert.True(cases[0].Warmup);
        Assert.All(cases, c => Assert.Equal(c.Thinking!.Value, c.RequestBody.GetProperty("chat_template_kwargs").GetProperty("enable_thinking").GetBoolean()));
    }

    [Fact]
    public void Without_thinking_no_template_arguments_are_sent_and_the_prompt_cache_is_off()
    {
        var body = Cases("").First().RequestBody;

        Assert.False(body.TryGetProperty("chat_template_kwargs", out _));
        Assert.False(body.GetProperty("cache_prompt").GetBoolean());
        Assert.False(body.GetProperty("stream").GetBoolean());
        Assert.False(body.TryGetProperty("stream_options", out _));
    }

    [Fact]
    public void Sampling_keeps_yaml_types_and_the_prompt_overrides_the_scenario()
    {
        var body = Cases("").First().RequestBody;

        Assert.Equal(0.7, body.GetProperty("temperature").GetDouble());
        Assert.Equal(10, body.GetProperty("top_k").GetInt32());
        Assert.Equal(JsonValueKind.String, body.GetProperty("seed").ValueKind);
        Assert.Equal(64, body.GetProperty("max_tokens").GetInt32());
    }

    [Fact]
    public void Streaming_asks_for_usage_and_a_prompt_file_becomes_one_user_message()
    {
        var body = Cases("stream: true\nmeasure_prompt_cache: true").Last().RequestBody;

        Assert.True(body.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        Assert.False(body.TryGetProperty("cache_prompt", out _));
        var message = Assert.Single(body.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Equal("text from a file\n", message.GetProperty("content").GetString());
    }
}
