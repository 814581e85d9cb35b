namespace BenchHarness.Memory;

/// <summary>A weight on the device it loads to; <see cref="Rule"/> is the override that sent it there, null when the layer split did.</summary>
public sealed record PlacedTensor(ModelTensor Tensor, MemoryDevice Device, TensorOverride? Rule);
