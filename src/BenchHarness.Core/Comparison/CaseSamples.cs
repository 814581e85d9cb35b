using BenchHarness.Results;

namespace BenchHarness.Comparison;

/// <summary>Groups the samples of one or more runs by case, the input of a comparison.</summary>
public static class CaseSamples
{
    public static IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> FromRuns(IEnumerable<RunResult> runs) =>
        runs
            .SelectMany(run => run.Variants.SelectMany(variant => variant.Samples.Select(sample =>
                (Key: new CaseKey(run.Scenario, variant.Name, sample.Prompt, sample.Thinking, run.Host.Fingerprint, sample.Depth, sample.Concurrency), Sample: sample))))
            .GroupBy(pair => pair.Key, pair => pair.Sample)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Sample>)group.ToList());

    /// <summary>
    /// The samples of each case by server start: each variant of each run is one start, timed by its first
    /// sample (the run's start when it has none).
    /// </summary>
    public static IReadOnlyDictionary<CaseKey, IReadOnlyList<StartSamples>> StartsFromRuns(IEnumerable<RunResult> runs) =>
        runs
            .SelectMany(run => run.Variants.SelectMany(variant => variant.Samples
                .GroupBy(sample => new CaseKey(run.Scenario, variant.Name, sample.Prompt, sample.Thinking, run.Host.Fingerprint, sample.Depth, sample.Concurrency))
                .Select(group => (group.Key, Start: new StartSamples(
                    variant.Samples.Count > 0 ? variant.Samples.Min(s => s.At) : run.StartedAt, group.ToList())))))
            .GroupBy(pair => pair.Key, pair => pair.Start)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<StartSamples>)group.ToList());
}
