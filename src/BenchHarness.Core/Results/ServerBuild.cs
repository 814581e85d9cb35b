namespace BenchHarness.Results;

/// <summary>Which server build answered: from <c>/props</c> <c>build_info</c>, the log's build line, or <c>system_fingerprint</c>.</summary>
public sealed record ServerBuild
{
    /// <summary>As reported, e.g. <c>b8005-914dde72b</c>.</summary>
    public string? BuildInfo { get; init; }
    public string? Commit { get; init; }
    public string? ImageDigest { get; init; }
    public string? ModelPath { get; init; }
    public int? NCtx { get; init; }
}
