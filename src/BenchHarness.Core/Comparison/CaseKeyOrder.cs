namespace BenchHarness.Comparison;

/// <summary>The order cases are reported in: scenario, variant, prompt, thinking, depth, concurrency, machine (ordinal).</summary>
public sealed class CaseKeyOrder : IComparer<CaseKey>
{
    public static CaseKeyOrder Instance { get; } = new();

    public int Compare(CaseKey? x, CaseKey? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }

        var byName = string.CompareOrdinal(x.Scenario, y.Scenario);
        byName = byName != 0 ? byName : string.CompareOrdinal(x.Variant, y.Variant);
        byName = byName != 0 ? byName : string.CompareOrdinal(x.Prompt, y.Prompt);
        byName = byName != 0 ? byName : Nullable.Compare(x.Thinking, y.Thinking);
        byName = byName != 0 ? byName : x.Depth.CompareTo(y.Depth);
        byName = byName != 0 ? byName : x.Concurrency.CompareTo(y.Concurrency);
        return byName != 0 ? byName : string.CompareOrdinal(x.Machine, y.Machine);
    }
}
