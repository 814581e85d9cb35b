namespace BenchHarness.Memory;

/// <summary>
/// What one layer stores per cached token: K width (head size times KV heads), V width (0 for MLA, which caches
/// only the compressed latent plus the rope part as K), and whether the layer uses a sliding window.
/// </summary>
public sealed record AttentionShape(int Layer, long KWidth, long VWidth, bool SlidingWindow);
