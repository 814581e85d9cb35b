namespace BenchHarness.Memory;

/// <summary>
/// What one launch is predicted to hold per device, which device each weight and layer went to, and notes on
/// what the prediction assumes (for instance that <c>--fit</c> changes nothing).
/// </summary>
public sealed record MemoryPrediction(
    IReadOnlyList<DeviceMemory> Devices,
    IReadOnlyList<PlacedTensor> Tensors,
    LayerAssignment Layers,
    KvCacheModel.Layout KvCells,
    IReadOnlyList<string> Notes)
{
    public DeviceMemory? Find(string device) => Devices.FirstOrDefault(d => d.Device == device);
}
