using BenchHarness.Results;

namespace BenchHarness.StorageBenchmark;

/// <summary>Nightly-shaped runs (one build per 30 runs, a label per week) with deterministic pseudo-random figures: variants x prompts x thinking x repeats.</summary>
internal static class SyntheticRuns
{
    private static readonly HostInfo Host = new() { Hostname = "scale", CpuModel = "Scale CPU", Cores = 16, MemoryMib = 131_072 };

    public static RunResult Create(int index, int variants, int prompts, int repeats, DateTimeOffset startedAt)
    {
        var random = new Random(index);
        var commit = $"{index / 30:x4}abc"; // a new server build every 30 runs
        return new RunResult
        {
            RunId = $"scale-{index:D6}",
            Scenario = "scale",
            ScenarioHash = "sha256:scale",
            Label = $"week-{index / 7}",
            Reason = "nightly",
            HarnessVersion = "0.1.0",
            StartedAt = startedAt,
            FinishedAt = startedAt.AddHours(1),
            Status = RunStatus.Completed,
            Host = Host,
            Variants = Enumerable.Range(0, variants).Select(v => new VariantResult
            {
                Name = $"variant-{v}",
                Status = VariantStatus.Completed,
                Launch = new LaunchRecord { Engine = "process", ServerArgs = ["-m", "/m.gguf", "-t", $"{v + 1}"] },
                Build = new ServerBuild { BuildInfo = $"b{8000 + (index / 30)}-{commit}" },
                Samples = Samples(random, prompts, repeats, startedAt).ToList(),
            }).ToList(),
        };
    }

    private static IEnumerable<Sample> Samples(Random random, int prompts, int repeats, DateTimeOffset at)
    {
        for (var p = 0; p < prompts; p++)
        {
            foreach (var thinking in new[] { false, true })
            {
                for (var r = 0; r < repeats; r++)
                {
                    yield return new Sample
                    {
                        Prompt = $"prompt-{p}",
                        Thinking = thinking,
                        Repeat = r,
                        Warmup = r == 0,
                        At = at,
                        PromptTokens = 512,
                        PromptMs = 100 + random.NextDouble(),
                        PromptTokensPerSecond = 5000 + (random.NextDouble() * 50),
                        GeneratedTokens = 128,
                        GenerationMs = 1000 + random.NextDouble(),
                        GenerationTokensPerSecond = 120 + (random.NextDouble() * 2),
                        TgFormula = "n_minus_1",
                    };
                }
            }
        }
    }
}
