using System.Text.Json;
using BenchHarness.Logs;
using BenchHarness.Results;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Reports;

/// <summary>
/// A stored run as a <see cref="RunResult"/>, for a report of a run whose run.json is not at hand (imported, or
/// measured elsewhere). The store keeps less than run.json: no host details beyond the machine's fingerprint, no
/// wall times or content tokens, no placement check; those parts of the report stay empty.
/// </summary>
public static class StoredRunResults
{
    public static RunResult From(StoredRun stored) => new()
    {
        RunId = stored.Run.RunId,
        Scenario = stored.Run.Scenario,
        ScenarioHash = "",
        Label = stored.Run.Label,
        Reason = stored.Run.Reason,
        HarnessVersion = "-",
        StartedAt = stored.Run.StartedAt,
        FinishedAt = stored.Run.FinishedAt,
        Status = Enum.TryParse<RunStatus>(stored.Run.Status, ignoreCase: true, out var status) ? status : RunStatus.Completed,
        Host = new HostInfo { Hostname = $"machine {stored.Run.Machine}", CpuModel = "-", Cores = 0, MemoryMib = 0 },
        Variants = stored.Variants.Select(v => Variant(v, stored.Samples.Where(s => s.Variant == v.Name))).ToList(),
    };

    private static VariantResult Variant(StoredVariant variant, IEnumerable<StoredSample> samples) => new()
    {
        Name = variant.Name,
        Launch = JsonSerializer.Deserialize<LaunchRecord>(variant.Launch, JsonDefaults.Options) ?? new LaunchRecord { Engine = "-", ServerArgs = [] },
        Status = Enum.TryParse<VariantStatus>(variant.Status, ignoreCase: true, out var status) ? status : VariantStatus.Completed,
        Failure = variant.Failure,
        LoadMs = variant.LoadMs,
        Startup = variant.Startup is null ? null : JsonSerializer.Deserialize<StartupFacts>(variant.Startup, JsonDefaults.Options),
        Build = new ServerBuild { BuildInfo = variant.BuildInfo, Commit = variant.Commit, ImageDigest = variant.ImageDigest },
        Samples = samples.Select(s => new Sample
        {
            Prompt = s.Prompt,
            Thinking = s.Thinking,
            Repeat = s.RepeatIndex,
            Warmup = s.Warmup,
            At = new DateTimeOffset(DateTime.SpecifyKind(s.At, DateTimeKind.Utc)),
            PromptTokens = s.PromptTokens,
            GeneratedTokens = s.GeneratedTokens,
            ReasoningTokens = s.ReasoningTokens,
            CachedTokens = s.CachedTokens,
            PromptMs = s.PromptMs,
            GenerationMs = s.GenerationMs,
            TtftMs = s.TtftMs,
            GenerationTokensPerSecond = s.Tg,
            PromptTokensPerSecond = s.Pp,
            TgFormula = s.TgFormula,
            Error = s.Error,
            AggregateOnly = s.AggregateOnly,
        }).ToList(),
    };
}
