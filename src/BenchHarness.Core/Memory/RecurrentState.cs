namespace BenchHarness.Memory;

/// <summary>
/// The per-sequence state of each recurrent layer, in F32 values, as llama.cpp sizes it (llama_hparams::n_embd_r
/// and n_embd_s for Mamba-style and Gated DeltaNet layers): <see cref="ConvWidth"/> = (conv kernel - 1) x (inner
/// size + 2 x groups x state size), the convolution history (<c>cache_r_l</c>); <see cref="StateWidth"/> = state
/// size x inner size, the recurrent state itself (<c>cache_s_l</c>).
/// </summary>
public sealed record RecurrentState(long ConvWidth, long StateWidth)
{
    public static RecurrentState FromSsm(long convKernel, long innerSize, long stateSize, long groups) =>
        new((convKernel > 0 ? convKernel - 1 : 0) * (innerSize + (2 * groups * stateSize)), stateSize * innerSize);
}
