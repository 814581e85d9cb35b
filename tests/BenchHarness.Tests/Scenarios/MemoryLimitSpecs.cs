using BenchHarness.Planning;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>The server block's <c>memory</c>: a container memory limit, set by the base and replaced by a variant.</summary>
public sealed class MemoryLimitSpecs
{
    private const string File = """
        name: limited
        server:
          engine: podman
          image: localhost/llama:1
          model: /models/m.gguf
          port: 8000
          memory: 96g
          host: 0.0.0.0
        variants:
          - name: base
          - name: small
            memory: 512m
        prompts:
          - name: hi
            messages: [{role: user, content: hi}]
        """;

    [Fact]
    public void The_memory_limit_reaches_each_variants_launch_and_its_podman_command_line()
    {
        var plan = ScenarioLoader.Load("s/main.yaml", [], new InMemoryScenarioFiles(new Dictionary<string, string> { ["s/main.yaml"] = File }));

        var launches = plan.Variants.ToDictionary(v => v.Name, v => v.Launch);
        Assert.Equal("96g", launches["base"].Memory);
        Assert.Equal("512m", launches["small"].Memory);
        var command = LaunchCommandLine.For(launches["small"]);
        Assert.Equal("512m", command[command.ToList().IndexOf("--memory") + 1]);
    }
}
