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
    public static IReadOnlyDictionary<CaseKey, IReadOnlyList<Sample>> ByCase(IEnumerable<StoredCase> cases) =>
        cases.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<Sample>)c.Tg.Zip(c.Pp, (tg, pp) => (Tg: tg, Pp: pp))
                .Select((rates, index) => new Sample
                {
                    Prompt = c.Key.Prompt,
                    Thinking = c.Key.Thinking,
                    Repeat = index,
                    GenerationTokensPerSecond = rates.Tg,
                    PromptTokensPerSecond = rates.Pp,
                })
                .ToList());
}
