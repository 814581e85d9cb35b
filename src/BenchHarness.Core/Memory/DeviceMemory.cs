namespace BenchHarness.Memory;

/// <summary>
/// Predicted bytes on one device: model weights as the server reports its model buffers (for the CPU with mmap,
/// the mapped span), KV cache, and the compute buffer estimate with the range it is expected in.
/// </summary>
public sealed record DeviceMemory(string Device, long ModelBytes, long KvBytes, ComputeEstimate Compute)
{
    public long TotalBytes => ModelBytes + KvBytes + Compute.Bytes;
}

/// <summary>An estimate, never exact: the graph allocator's peak depends on the graph llama.cpp builds. <see cref="Low"/>..<see cref="High"/> is the range it is expected in.</summary>
public sealed record ComputeEstimate(long Bytes, long Low, long High)
{
    public static ComputeEstimate None { get; } = new(0, 0, 0);
}
