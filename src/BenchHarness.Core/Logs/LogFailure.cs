namespace BenchHarness.Logs;

public enum LogFailureKind
{
    OutOfMemory,
    ModelLoad,
}

/// <summary>A fatal problem the server logged, e.g. <c>cudaMalloc failed: out of memory</c>.</summary>
public sealed record LogFailure(LogFailureKind Kind, int Line, string Message)
{
    public string? Device { get; init; }
    public double? Mib { get; init; }
}
