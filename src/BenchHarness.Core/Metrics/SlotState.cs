namespace BenchHarness.Metrics;

/// <summary>
/// One slot as <c>/slots</c> described it between cases: its task and the counts of its last request. The prompt and
/// generated text the endpoint also returns are not kept.
/// </summary>
public sealed record SlotState
{
    public required int Id { get; init; }
    public int? NCtx { get; init; }
    public bool? IsProcessing { get; init; }
    public long? IdTask { get; init; }
    public long? PromptTokens { get; init; }
    public long? PromptTokensProcessed { get; init; }
    public long? PromptTokensCached { get; init; }

    /// <summary><c>next_token.n_decoded</c>: tokens the slot's last request generated.</summary>
    public long? Decoded { get; init; }
}
