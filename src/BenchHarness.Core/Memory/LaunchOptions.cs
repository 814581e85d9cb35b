using BenchHarness.Gguf;

namespace BenchHarness.Memory;

/// <summary>
/// The llama-server options that decide memory, with the server's defaults where the command line is silent.
/// <see cref="GpuLayers"/> null means all (the default <c>auto</c> and <c>all</c> both offload every layer when it fits).
/// <see cref="Parallel"/> null is the server's auto: 4 slots sharing one unified cache.
/// </summary>
public sealed record LaunchOptions
{
    public int? GpuLayers { get; init; }
    public SplitMode SplitMode { get; init; } = SplitMode.Layer;
    public IReadOnlyList<double>? TensorSplit { get; init; }
    public int MainGpu { get; init; }
    public int? Context { get; init; }
    public int? Parallel { get; init; }
    public bool? KvUnified { get; init; }
    public GgmlType CacheTypeK { get; init; } = GgmlTypes.F16;
    public GgmlType CacheTypeV { get; init; } = GgmlTypes.F16;
    public int Batch { get; init; } = 2048;
    public int MicroBatch { get; init; } = 512;

    /// <summary>null is <c>auto</c>: the server turns flash attention on where every device supports it.</summary>
    public bool? FlashAttention { get; init; }

    public bool Mmap { get; init; } = true;
    public bool KvOffload { get; init; } = true;
    public bool SwaFull { get; init; }
    public bool Fit { get; init; } = true;
    public IReadOnlyList<TensorOverride> Overrides { get; init; } = [];

    /// <summary><c>--rpc host:port,...</c>: each server is one device, placed before any local GPU.</summary>
    public IReadOnlyList<string> RpcServers { get; init; } = [];

    /// <summary>The server reading the overrides: it decides the order of explicit <c>-ot</c> and the CPU-MoE rules.</summary>
    public Scenarios.Model.ServerFamily Family { get; init; }

    /// <summary>Where several <c>-ot</c> options appeared; pinned llama.cpp warns only the last is meant to count.</summary>
    public int RepeatedOverrideOptions { get; init; }

    public int SlotCount => Parallel ?? 4;
    public bool Unified => KvUnified ?? Parallel is null;
}
