namespace BenchHarness.Logs;

public enum LogFailureKind
{
    OutOfMemory,
    ModelLoad,

    /// <summary>A GPU backend did not start (<c>failed to initialize CUDA</c>); the server may go on, on the CPU.</summary>
    BackendInit,

    /// <summary>ik_llama.cpp refused the requested split mode (<c>It is not possible to use split mode 'graph' ...</c>).</summary>
    SplitMode,
}

/// <summary>A problem the server logged, e.g. <c>cudaMalloc failed: out of memory</c>.</summary>
/// <param name="Kind">The cause: the kind of the failure's first line.</param>
public sealed record LogFailure(LogFailureKind Kind, int Line, string Message)
{
    public string? Device { get; init; }
    public double? Mib { get; init; }

    /// <summary>
    /// Every kind the failure's lines showed, the cause first: an allocation that fails while the model loads is
    /// both <see cref="LogFailureKind.OutOfMemory"/> and <see cref="LogFailureKind.ModelLoad"/>.
    /// </summary>
    public IReadOnlyList<LogFailureKind> Kinds { get; init; } = [Kind];

    /// <summary>False for a backend that failed to start while the server went on without it (a CPU fallback).</summary>
    public bool Fatal => Kinds.Any(kind => kind != LogFailureKind.BackendInit);
}
