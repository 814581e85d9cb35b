using BenchHarness.Metrics;
using BenchHarness.Planning;

namespace BenchHarness.Tests.Metrics;

/// <summary>Which launches the harness reads <c>/metrics</c> from: those that turn the endpoint on, as llama-server itself decides.</summary>
public sealed class MetricsEndpointSpecs
{
    [Fact]
    public void The_metrics_flag_in_the_arguments_turns_sampling_on()
    {
        Assert.True(MetricsEndpoint.IsOn(Launch(["-m", "m.gguf", "--metrics"])));
        Assert.False(MetricsEndpoint.IsOn(Launch(["-m", "m.gguf", "--slots"])));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("on", true)]
    [InlineData("enabled", true)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData("yes", false)] // llama.cpp does not take it as true either
    public void The_environment_turns_it_on_with_the_values_llama_cpp_takes_as_true(string value, bool on) =>
        Assert.Equal(on, MetricsEndpoint.IsOn(Launch(["-m", "m.gguf"]) with
        {
            Environment = new Dictionary<string, string> { [MetricsEndpoint.EnvironmentName] = value },
        }));

    private static ServerLaunch Launch(string[] args) => new()
    {
        Engine = EngineKind.Process,
        Binary = "llama-server",
        ServerArgs = args,
        HostPort = 8080,
        ServerPort = 8080,
    };
}
