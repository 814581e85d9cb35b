namespace BenchHarness.Logs.Parsing;

/// <summary>Who printed a timing line: a server, or a program's timing function (<see cref="TimingLine.Function"/>).</summary>
internal enum TimingFunction : byte
{
    Server,
    LlamaPrintTimings,
    LlamaPerfContextPrint,
}

internal static class TimingFunctionNames
{
    /// <summary>The function's name as the program printed it; null for a server's own lines.</summary>
    public static string? Name(this TimingFunction function) => function switch
    {
        TimingFunction.LlamaPrintTimings => "llama_print_timings",
        TimingFunction.LlamaPerfContextPrint => "llama_perf_context_print",
        _ => null,
    };
}
