using BenchHarness.Logs;
using BenchHarness.Results;

namespace BenchHarness.Tests.Results;

public sealed class ServerBuildSourcesSpecs
{
    private static readonly StartupFacts LogSaysB4192 = new() { Build = "b4192-1cb7e1bf", Commit = "1cb7e1bf" };

    [Fact]
    public void Props_build_info_wins_over_the_log_and_the_fingerprint()
    {
        var props = new ServerBuild { BuildInfo = "b8005-914dde72b", ModelPath = "/models/m.gguf" };

        var build = ServerBuildSources.Complete(props, LogSaysB4192, "b1-de3ff81");

        Assert.Equal("b8005-914dde72b", build!.BuildInfo);
        Assert.Equal("914dde72b", build.Commit);
        Assert.Equal("/models/m.gguf", build.ModelPath);
    }

    [Fact]
    public void The_logs_build_line_is_used_when_props_has_no_build()
    {
        var build = ServerBuildSources.Complete(new ServerBuild { NCtx = 4096 }, LogSaysB4192, "b1-de3ff81");

        Assert.Equal("b4192-1cb7e1bf", build!.BuildInfo);
        Assert.Equal("1cb7e1bf", build.Commit);
        Assert.Equal(4096, build.NCtx);
    }

    [Fact]
    public void The_responses_system_fingerprint_is_the_last_resort()
    {
        var build = ServerBuildSources.Complete(null, new StartupFacts(), "b1-de3ff81");

        Assert.Equal("b1-de3ff81", build!.BuildInfo);
        Assert.Equal("de3ff81", build.Commit);
    }

    [Fact]
    public void No_source_gives_no_build()
    {
        Assert.Null(ServerBuildSources.Complete(null, null, null));
    }
}
