using BenchHarness.Comparison;
using BenchHarness.Results;

namespace BenchHarness.Tests.Comparison;

/// <summary>Seeded, normally distributed throughput samples around a median, for comparison specs.</summary>
internal static class SyntheticSamples
{
    public static readonly CaseKey Case = new("sweep", "q4", "short", false, "machine-a");

    public static IReadOnlyList<Sample> Around(double tg, double relativeNoise, int count, int seed, double pp = 500)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(repeat => new Sample
            {
                Prompt = "short",
                Thinking = false,
                Repeat = repeat,
                GenerationTokensPerSecond = tg * (1 + (relativeNoise * SeededNoise.Gaussian(random))),
                PromptTokensPerSecond = pp * (1 + (relativeNoise * SeededNoise.Gaussian(random))),
            })
            .ToList();
    }

    public static IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> Side(params (CaseKey Key, IReadOnlyList<Sample> Samples)[] cases) =>
        cases.ToDictionary(c => c.Key, c => c.Samples);
}
