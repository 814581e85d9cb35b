namespace BenchHarness.Running;

/// <summary>
/// What turning thinking on costs one case: the same variant, prompt, depth and concurrency measured with thinking
/// off and on, side by side. Wall time is the user's wait (reasoning included); TG alone hides that cost.
/// </summary>
public sealed record ThinkingCost(
    string Variant,
    string Case,
    double? ReasoningTokensOn,
    double? ContentTokensOn,
    double? ContentTokensOff,
    double? WallMsOff,
    double? WallMsOn)
{
    /// <summary>Wall time with thinking on over thinking off; null when either is missing.</summary>
    public double? WallRatio => WallMsOff is > 0 && WallMsOn is { } on ? on / WallMsOff : null;

    /// <summary>Pairs each case's thinking-off and thinking-on rows; cases measured one way only are left out.</summary>
    public static IReadOnlyList<ThinkingCost> From(IReadOnlyList<SummaryRow> rows) =>
        rows.Where(r => r.Thinking == true)
            .Select(on => (On: on, Off: rows.FirstOrDefault(off => off.Thinking == false && off.Variant == on.Variant
                && off.Prompt == on.Prompt && off.Depth == on.Depth && off.Concurrency == on.Concurrency)))
            .Where(pair => pair.Off is not null)
            .Select(pair => new ThinkingCost(
                pair.On.Variant,
                pair.On.Prompt + Planning.BenchCase.DimensionSuffix(pair.On.Depth, pair.On.Concurrency),
                pair.On.ReasoningTokens,
                pair.On.ContentTokens,
                pair.Off!.ContentTokens,
                pair.Off.WallMs,
                pair.On.WallMs))
            .ToArray();
}
