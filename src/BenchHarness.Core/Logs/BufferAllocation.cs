namespace BenchHarness.Logs;

/// <summary>A buffer the server reported at startup, e.g. <c>CUDA0 KV buffer size = 784.15 MiB</c>.</summary>
/// <param name="Device">As printed: CPU, CPU_Mapped, CUDA_Host, CUDA0, CUDA_Split, ...</param>
public sealed record BufferAllocation(string Device, BufferKind Kind, double Mib);
