namespace BenchHarness.Memory;

/// <summary><c>-sm</c>: whole layers per device (layer), one device (none), or rows/tensors split across devices.</summary>
public enum SplitMode
{
    Layer,
    None,
    Row,
    Tensor,
}
