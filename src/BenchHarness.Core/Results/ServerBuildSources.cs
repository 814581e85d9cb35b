using BenchHarness.Logs;

namespace BenchHarness.Results;

/// <summary>
/// Which build answered, from the best source that said: <c>/props</c> <c>build_info</c>, then the log's build
/// line, then a response's <c>system_fingerprint</c>. The commit always comes from the chosen build text.
/// </summary>
public static class ServerBuildSources
{
    public static ServerBuild? Complete(ServerBuild? props, StartupFacts? log, string? systemFingerprint)
    {
        var buildInfo = props?.BuildInfo ?? log?.Build ?? systemFingerprint;
        var commit = props?.Commit ?? BuildVersion.TryParse(buildInfo)?.Commit ?? log?.Commit;
        var build = (props ?? new ServerBuild()) with { BuildInfo = buildInfo, Commit = commit };
        return build.BuildInfo is null && build.Commit is null && build.ImageDigest is null ? null : build;
    }
}
