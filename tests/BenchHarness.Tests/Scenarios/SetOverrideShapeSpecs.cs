using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>A <c>--set</c> that would silently drop a mapping, or names a key the schema lacks, is an error naming it.</summary>
public sealed class SetOverrideShapeSpecs
{
    private const string File = """
        name: x
        server:
          engine: process
          binary: /opt/llama/llama-server
          model: /models/m.gguf
          env: {A: a}
        sampling: {temperature: 0.5}
        prompts: [{name: hi, messages: [{role: user, content: hi}]}]
        """;

    private static IReadOnlyList<string> Errors(params string[] sets)
    {
        var files = new InMemoryScenarioFiles(new Dictionary<string, string> { ["x.yaml"] = File });
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load("x.yaml", sets, files));
        return [.. error.Errors.Select(e => e.ToString())];
    }

    [Fact]
    public void Setting_server_to_a_scalar_is_an_error_instead_of_being_ignored()
    {
        Assert.Equal(["--set: server: would replace the whole mapping with a scalar; set one of its keys instead (server.KEY=VALUE)"], Errors("server=5"));
    }

    [Fact]
    public void Replacing_a_nested_mapping_with_a_list_is_an_error_naming_its_path()
    {
        Assert.Equal(["--set: server.env: would replace the whole mapping with a list; set one of its keys instead (server.env.KEY=VALUE)"], Errors("server.env=[1, 2]"));
    }

    [Fact]
    public void Replacing_a_top_level_mapping_with_a_scalar_is_an_error()
    {
        Assert.Contains("--set: sampling: would replace the whole mapping with a scalar; set one of its keys instead (sampling.KEY=VALUE)", Errors("sampling=hot"));
    }

    [Theory]
    [InlineData("colour=red", "--set: colour: unknown key")]
    [InlineData("server.prot=8001", "--set: server.prot: unknown key; did you mean 'port'?")]
    public void An_unknown_key_is_an_error(string set, string expected)
    {
        Assert.Contains(Errors(set), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Setting_keys_inside_a_mapping_still_works()
    {
        var files = new InMemoryScenarioFiles(new Dictionary<string, string> { ["x.yaml"] = File });

        var plan = ScenarioLoader.Load("x.yaml", ["server.env.B=b", "sampling.temperature=0"], files);

        Assert.Equal("b", plan.Variants.Single().Launch.Environment["B"]);
    }
}
