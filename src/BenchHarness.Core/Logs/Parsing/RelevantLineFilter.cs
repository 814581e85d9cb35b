using System.Buffers;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// One vectorised search that tells, before any regular expression runs, whether a raw line can hold anything the
/// parser keeps: each word below is in every line family some matcher reads (timing keys and headers, buffer, graph,
/// model and build lines, placement, failures, prefix-cache misses). Most lines of a long server log (progress,
/// HTTP requests, slot housekeeping, the progress lines that share the timing header's prefix) hold none and cost
/// one search. A matcher that learns a new family must add its
/// word here: the specs of every family run through this filter.
/// </summary>
internal static class RelevantLineFilter
{
    private static readonly SearchValues<string> Words = SearchValues.Create(
    [
        // requests, and the slot/task header that ends in '|' (found at its line end within a block)
        "eval time", "total time", "|\n", "| \n", "|\r", "| \r",

        // startup facts
        "buffer", "graph", "arch", "model type", "model ftype", "file type", "model params", "model size", "file size",
        "n_layer", "n_expert", "n_ctx", "offloaded", "alloc", "split mode", "build",

        // failures
        "fail", "out of memory", "OutOfDeviceMemory", "insufficient", "error loading", "GGUF", "magic", "unable",
        "exiting", "falling back", "CUDA-capable",

        // prefix-cache misses and the lines printed after one
        "Common part", "cache :", "cache:", "prompt:",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool MayMatter(string line) => line.AsSpan().IndexOfAny(Words) >= 0 || line.AsSpan().TrimEnd().EndsWith("|");

    /// <summary>Where the first word that may matter starts in a block of lines, or -1.</summary>
    public static int IndexOfAny(ReadOnlySpan<char> text) => text.IndexOfAny(Words);
}
