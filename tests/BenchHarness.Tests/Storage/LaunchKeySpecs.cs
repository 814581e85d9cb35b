using BenchHarness.Results;
using BenchHarness.Storage;

namespace BenchHarness.Tests.Storage;

public sealed class LaunchKeySpecs
{
    private static LaunchRecord Launch(params string[] args) => new() { Engine = "process", ServerArgs = args };

    [Fact]
    public void Same_settings_on_another_port_and_host_have_the_same_key()
    {
        Assert.Equal(
            LaunchKey.Of(Launch("-m", "m.gguf", "-t", "8", "--port", "8080", "--host", "0.0.0.0")),
            LaunchKey.Of(Launch("-m", "m.gguf", "--port", "9090", "-t", "8")));
    }

    [Fact]
    public void Different_thread_count_gives_a_different_key()
    {
        Assert.NotEqual(LaunchKey.Of(Launch("-m", "m.gguf", "-t", "8")), LaunchKey.Of(Launch("-m", "m.gguf", "-t", "4")));
    }
}
