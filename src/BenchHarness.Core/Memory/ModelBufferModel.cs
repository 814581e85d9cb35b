namespace BenchHarness.Memory;

/// <summary>
/// Model buffer bytes per device as the server prints them. Weights on the CPU with mmap (the default) are not
/// copied: the server maps, per file, the span from the first to the last byte of the CPU tensors it holds and
/// reports that span as <c>CPU_Mapped</c>, so it counts any tensors in between that live elsewhere. Without mmap,
/// and on every other device, the buffer is the tensors' sizes each rounded up to the device's alignment.
/// </summary>
public static class ModelBufferModel
{
    public static IReadOnlyDictionary<MemoryDevice, long> BytesPerDevice(IReadOnlyList<PlacedTensor> placed, bool mmap)
    {
        var result = new Dictionary<MemoryDevice, long>();
        foreach (var group in placed.GroupBy(p => p.Device))
        {
            result[group.Key] = group.Key.Kind == DeviceKind.Cpu && mmap
                ? group.GroupBy(p => p.Tensor.Shard).Sum(shard => shard.Max(p => p.Tensor.FileEnd) - shard.Min(p => p.Tensor.FileOffset))
                : group.Sum(p => KvCacheModel.Aligned(p.Tensor.Bytes, group.Key.Alignment));
        }

        return result;
    }

    /// <summary>The bytes of the tensors themselves, without the mapped span's gaps: what the CPU really has to hold in RAM.</summary>
    public static IReadOnlyDictionary<MemoryDevice, long> TensorBytesPerDevice(IReadOnlyList<PlacedTensor> placed) =>
        placed.GroupBy(p => p.Device).ToDictionary(g => g.Key, g => g.Sum(p => p.Tensor.Bytes));
}
