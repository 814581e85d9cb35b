using BenchHarness.Planning;

namespace BenchHarness.Tests.Running;

/// <summary>The harness asks pinned llama.cpp for its buffer sizes through the environment, never through the user's arguments.</summary>
public sealed class BufferLoggingSpecs
{
    private static readonly ServerLaunch Launch = new()
    {
        Engine = EngineKind.Process,
        Binary = "llama-server",
        ServerArgs = ["-m", "/models/m.gguf", "-ngl", "99"],
        Environment = new Dictionary<string, string> { ["CUDA_VISIBLE_DEVICES"] = "0,1" },
        HostPort = 8080,
        ServerPort = 8080,
    };

    [Fact]
    public void A_launch_without_a_verbosity_gets_trace_level_from_the_servers_variable_and_keeps_its_arguments()
    {
        var enabled = BufferLogging.Enable(Launch);

        Assert.Equal("4", enabled.Environment["LLAMA_ARG_LOG_VERBOSITY"]);
        Assert.Equal("0,1", enabled.Environment["CUDA_VISIBLE_DEVICES"]);
        Assert.Equal(Launch.ServerArgs, enabled.ServerArgs);
        Assert.False(Launch.Environment.ContainsKey("LLAMA_ARG_LOG_VERBOSITY"));
    }

    [Theory]
    [InlineData("-lv", "1")]
    [InlineData("--log-disable", null)]
    [InlineData("-v", null)]
    public void A_verbosity_the_user_chose_wins(string flag, string? value)
    {
        var chosen = Launch with { ServerArgs = [.. Launch.ServerArgs, flag, .. value is null ? Array.Empty<string>() : [value]] };

        Assert.Same(chosen, BufferLogging.Enable(chosen));
    }
}
