using BenchHarness.Comparison;
using BenchHarness.Results;
using StoredCase = BenchHarness.Storage.Queries.CaseSamples;

namespace BenchHarness.Storage.Comparison;

/// <summary>
/// Turns stored measured samples into the comparer's input. The store keeps TG and PP of the same requests
/// in parallel lists, so each pair becomes one measured <see cref="Sample"/>.
/// </summary>
internal static class StoredSamples
{
    public static IReadOnlyDictionary<CaseKey, IReadOnlyList<StartSamples>> ByCase(IEnumerable<StoredCase> cases) =>
        cases.ToDictionary(c => c.Key, Starts);

    /// <summary>The case's samples grouped by server start, in the stored order.</summary>
    private static IReadOnlyList<StartSamples> Starts(StoredCase c)
    {
        var samples = c.Tg.Zip(c.Pp, (tg, pp) => (Tg: tg, Pp: pp))
            .Select((rates, index) => new Sample
            {
                Prompt = c.Key.Prompt,
                Thinking = c.Key.Thinking,
                Depth = c.Key.Depth,
                Concurrency = c.Key.Concurrency,
                Repeat = index,
                GenerationTokensPerSecond = rates.Tg,
                PromptTokensPerSecond = rates.Pp,
            })
            .ToList();
        if (c.Starts.Count != samples.Count)
        {
            return [new StartSamples(default, samples)];
        }

        return samples
            .Select((sample, index) => (Sample: sample, Start: c.Starts[index]))
            .GroupBy(pair => pair.Start.Id)
            .Select(group => new StartSamples(group.First().Start.StartedAt, group.Select(pair => pair.Sample).ToList()))
            .ToList();
    }
}
