namespace BenchHarness.Memory;

/// <summary>What backs a device, which decides buffer alignment and whether weights can stay mapped from the file.</summary>
public enum DeviceKind
{
    Cpu,
    Cuda,
    Rpc,
    Other,
}

/// <summary>
/// A device as the server names its buffers and as <c>-ot</c> targets it: <c>CPU</c>, <c>CUDA0</c>,
/// <c>RPC0[127.0.0.1:50052]</c> (the RPC index counts devices of that one server, so it is 0 for each one-device server).
/// </summary>
public sealed record MemoryDevice(string Name, DeviceKind Kind)
{
    public static MemoryDevice Cpu { get; } = new("CPU", DeviceKind.Cpu);

    /// <summary>Buffer alignment: ggml's CPU backend (also behind an RPC server) aligns tensors to 32 bytes, CUDA to 128.</summary>
    public int Alignment => Kind == DeviceKind.Cuda ? 128 : 32;

    public static MemoryDevice Rpc(string endpoint) => new($"RPC0[{endpoint}]", DeviceKind.Rpc);

    /// <summary>A device from its name: CPU, CUDA&lt;n&gt;, RPC&lt;n&gt;[endpoint], anything else as another GPU-like device.</summary>
    public static MemoryDevice Parse(string name) =>
        name == "CPU" ? Cpu
        : name.StartsWith("RPC", StringComparison.Ordinal) ? new(name, DeviceKind.Rpc)
        : name.StartsWith("CUDA", StringComparison.Ordinal) ? new(name, DeviceKind.Cuda)
        : new(name, DeviceKind.Other);
}
