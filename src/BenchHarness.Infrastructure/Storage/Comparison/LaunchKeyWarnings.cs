using StoredCase = BenchHarness.Storage.Queries.CaseSamples;

namespace BenchHarness.Storage.Comparison;

/// <summary>
/// Says which compared cases ran with different server settings on the two sides (their launch keys differ):
/// the verdict then measures the settings as much as the build.
/// </summary>
internal static class LaunchKeyWarnings
{
    public static IReadOnlyList<string> Of(IReadOnlyList<StoredCase> baseline, IReadOnlyList<StoredCase> candidate)
    {
        var candidateKeys = candidate.ToDictionary(c => c.Key, c => c.LaunchKeys);
        return baseline
            .Where(b => candidateKeys.TryGetValue(b.Key, out var keys) && !keys.ToHashSet(StringComparer.Ordinal).SetEquals(b.LaunchKeys))
            .Select(b => $"{b.Key}: server settings differ between baseline " +
                         $"(launch {string.Join(",", b.LaunchKeys)}) and candidate (launch {string.Join(",", candidateKeys[b.Key])})")
            .ToList();
    }
}
