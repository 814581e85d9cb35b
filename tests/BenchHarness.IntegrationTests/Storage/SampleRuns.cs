using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>Runs shaped like the runner writes them, with figures that expose any rounding on the way through the store.</summary>
internal static class SampleRuns
{
    public static readonly HostInfo Host = new()
    {
        Hostname = "bench-host",
        CpuModel = "AMD EPYC 9654 96-Core Processor",
        Cores = 2,
        MemoryMib = 24_000,
        Gpus = [],
    };

    public static RunResult Create(
        string runId,
        string? label = null,
        string buildInfo = "b8005-914dde72b",
        DateTimeOffset? startedAt = null,
        RunStatus status = RunStatus.Completed,
        string scenario = "moe-sweep",
        double tgBase = 1249.8312345678901,
        int repeats = 8,
        string[]? threads = null)
    {
        var started = startedAt ?? new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.FromHours(1));
        return new RunResult
        {
            RunId = runId,
            Scenario = scenario,
            ScenarioHash = "sha256:5f2b",
            Label = label,
            Reason = "nightly",
            HarnessVersion = "0.1.0",
            StartedAt = started,
            FinishedAt = status == RunStatus.Running ? null : started.AddMinutes(7),
            Status = status,
            Host = Host,
            Variants =
            [
                Variant("cpu-moe", buildInfo, started, tgBase, repeats, threads ?? ["-t", "2"]),
                Variant("dense", buildInfo, started, tgBase / 3, repeats, threads ?? ["-t", "2"]),
            ],
        };
    }

    private static VariantResult Variant(string name, string buildInfo, DateTimeOffset started, double tgBase, int repeats, string[] threads) => new()
    {
        Name = name,
        Status = VariantStatus.Completed,
        Launch = new LaunchRecord
        {
            Engine = "process",
            Binary = "/opt/llama/llama-server",
            ServerArgs = ["-m", "/models/moe.gguf", "--port", "8080", .. threads, "--cpu-moe"],
            Environment = new Dictionary<string, string> { ["LLAMA_API_KEY"] = "[redacted]" },
            HostPort = 8080,
        },
        Build = new ServerBuild { BuildInfo = buildInfo, ModelPath = "/models/moe.gguf", NCtx = 4096 },
        LoadMs = 1234.5678,
        Startup = new Logs.StartupFacts { Architecture = "llama", NLayer = 8, NExpert = 8, NExpertUsed = 2 },
        Samples = Samples(started, tgBase, repeats).ToList(),
    };

    private static IEnumerable<Sample> Samples(DateTimeOffset started, double tgBase, int repeats)
    {
        foreach (var prompt in new[] { "short", "long" })
        {
            foreach (var thinking in new bool?[] { null, true })
            {
                yield return Sample(prompt, thinking, 0, warmup: true, started, tgBase * 0.5);
                for (var repeat = 0; repeat < repeats; repeat++)
                {
                    yield return Sample(prompt, thinking, repeat, warmup: false, started.AddSeconds(repeat + 1), tgBase + (repeat * 0.1234567));
                }

                yield return Sample(prompt, thinking, repeats, warmup: false, started.AddSeconds(60), 0) with { Error = "HTTP 503: loading model" };
            }
        }
    }

    private static Sample Sample(string prompt, bool? thinking, int repeat, bool warmup, DateTimeOffset at, double tg) => new()
    {
        Prompt = prompt,
        Thinking = thinking,
        Repeat = repeat,
        Warmup = warmup,
        At = at,
        PromptTokens = prompt == "short" ? 88 : 2048,
        PromptMs = 22.65 + repeat,
        PromptTokensPerSecond = 3884.8712345 + repeat,
        GeneratedTokens = 64,
        GenerationMs = 50.41 + (repeat / 3.0),
        GenerationTokensPerSecond = tg,
        TtftMs = thinking == true ? 25.125 : null,
        ReasoningTokens = thinking == true ? 17 : null,
        CachedTokens = 0,
        TgFormula = "n_minus_1",
    };
}
