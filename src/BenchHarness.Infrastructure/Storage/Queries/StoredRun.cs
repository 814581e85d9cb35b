namespace BenchHarness.Storage.Queries;

/// <summary>A run read back from the store: its summary, its variants' launches and every raw sample.</summary>
public sealed record StoredRun(RunSummary Run, IReadOnlyList<StoredVariant> Variants, IReadOnlyList<StoredSample> Samples);

/// <param name="Launch">The launch record as JSON (snake_case, as in <c>run.json</c>).</param>
/// <param name="Startup">The startup facts as JSON, when known.</param>
public sealed record StoredVariant(
    string Name,
    string Status,
    string Launch,
    string? Startup,
    double? LoadMs,
    string? Failure,
    string? BuildInfo,
    int? BuildNumber,
    string? Commit,
    string? ImageDigest);

/// <param name="AggregateOnly">An imported average standing for repetitions that were not kept (llama-bench csv, sql).</param>
public sealed record StoredSample(
    string Variant,
    string Prompt,
    bool? Thinking,
    string LaunchKey,
    int RepeatIndex,
    bool Warmup,
    int PromptTokens,
    int GeneratedTokens,
    int? ReasoningTokens,
    int? CachedTokens,
    double PromptMs,
    double GenerationMs,
    double? TtftMs,
    double Tg,
    double Pp,
    string? TgFormula,
    string? Error,
    DateTime At,
    bool AggregateOnly);
