using BenchHarness.Comparison;
using BenchHarness.Results;
using BenchHarness.Statistics;
using BenchmarkDotNet.Attributes;

namespace BenchHarness.Benchmarks;

/// <summary>
/// One case compared on both metrics with n samples per side: the Hodges-Lehmann ratio over n*n pairs
/// (25 million at 5,000) is found by selection, never by forming the pairs.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private static readonly CaseKey Case = new("sweep", "q4", "short", false, "machine");

    private IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> _baseline = null!;
    private IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> _candidate = null!;
    private double[] _baselineTg = null!;
    private double[] _candidateTg = null!;

    [Params(100, 1_000, 5_000)]
    public int SamplesPerSide { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _baseline = new Dictionary<CaseKey, IReadOnlyList<Sample>> { [Case] = Samples(50, random) };
        _candidate = new Dictionary<CaseKey, IReadOnlyList<Sample>> { [Case] = Samples(48, random) };
        _baselineTg = MetricValues.Measured(_baseline[Case], Metric.Tg);
        _candidateTg = MetricValues.Measured(_candidate[Case], Metric.Tg);
    }

    [Benchmark(Description = "compare one case, tg and pp")]
    public ComparisonReport CompareCase() => CaseSetComparer.Compare(_baseline, _candidate);

    [Benchmark(Description = "Hodges-Lehmann ratio with bounds")]
    public RatioEstimate HodgesLehmannRatio() => HodgesLehmann.Ratio(_baselineTg, _candidateTg);

    private List<Sample> Samples(double tg, Random random) =>
        Enumerable.Range(0, SamplesPerSide)
            .Select(repeat => new Sample
            {
                Prompt = "short",
                Repeat = repeat,
                GenerationTokensPerSecond = tg * (1 + (0.02 * (random.NextDouble() - 0.5))),
                PromptTokensPerSecond = 10 * tg * (1 + (0.02 * (random.NextDouble() - 0.5))),
            })
            .ToList();
}
