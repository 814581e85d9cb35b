using BenchHarness.Results;

namespace BenchHarness.Comparison;

/// <summary>Groups the samples of one or more runs by case, the input of a comparison.</summary>
public static class CaseSamples
{
    public static IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> FromRuns(IEnumerable<RunResult> runs) =>
        runs
            .SelectMany(run => run.Variants.SelectMany(variant => variant.Samples.Select(sample =>
                (Key: new CaseKey(run.Scenario, variant.Name, sample.Prompt, sample.Thinking, run.Host.Fingerprint), Sample: sample))))
            .GroupBy(pair => pair.Key, pair => pair.Sample)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Sample>)group.ToList());
}
