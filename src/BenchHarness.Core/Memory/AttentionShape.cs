namespace BenchHarness.Memory;

/// <summary>
/// What one layer stores per cached token: K width (head size times KV heads), V width (0 for MLA, which caches
/// only the compressed latent plus the rope part as K), and whether the layer uses a sliding window. A
/// <see cref="Recurrent"/> layer (linear attention, e.g. qwen3next's Gated DeltaNet) caches no tokens: it keeps
/// the model's fixed-size <see cref="RecurrentState"/> per sequence instead.
/// </summary>
public sealed record AttentionShape(int Layer, long KWidth, long VWidth, bool SlidingWindow, bool Recurrent = false);
