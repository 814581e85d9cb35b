namespace BenchHarness.Logs;

/// <summary>
/// What the server said about the model and its memory placement while starting. Absent facts are null, and so
/// are numbers printed beyond 64 bits (or a double's range).
/// </summary>
public sealed record StartupFacts
{
    public string? Architecture { get; init; }
    public string? ModelType { get; init; }
    public string? ModelParams { get; init; }
    public string? ModelSize { get; init; }
    public string? FileType { get; init; }
    public long? NLayer { get; init; }
    public long? NExpert { get; init; }
    public long? NExpertUsed { get; init; }
    public long? NLayerDenseLead { get; init; }
    public long? NCtx { get; init; }

    public IReadOnlyList<BufferAllocation> Buffers { get; init; } = [];

    public long? GraphNodes { get; init; }
    public long? GraphSplits { get; init; }

    /// <summary>From <c>offloaded 80/80 layers to GPU</c>.</summary>
    public long? OffloadedLayers { get; init; }
    public long? TotalLayers { get; init; }

    /// <summary>ik_llama.cpp's <c>Allocating N GiB of pinned host memory</c>, converted to MiB, and how long it took.</summary>
    public double? PinnedHostMib { get; init; }
    public double? PinnedHostMs { get; init; }

    /// <summary>Set when a requested split mode was replaced, e.g. <c>graph -&gt; layer</c>.</summary>
    public SplitModeFallback? SplitModeFallback { get; init; }

    /// <summary>The server's build line, e.g. <c>b8005-914dde72b</c> or <c>4192 (1cb7e1bf)</c>.</summary>
    public string? Build { get; init; }
    public string? Commit { get; init; }
}

public sealed record SplitModeFallback(string Requested, string Used);
