namespace BenchHarness.Memory;

internal static class ComputeModel
{
    public static IReadOnlyDictionary<MemoryDevice, ComputeEstimate> BytesPerDevice(
        ModelLayout model, LaunchOptions options, LayerAssignment layers, IReadOnlyList<PlacedTensor> placed, IReadOnlyList<MemoryDevice> devices) =>
        new Dictionary<MemoryDevice, ComputeEstimate>();
}
