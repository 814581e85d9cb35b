using System.Buffers;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Tells, before any regular expression runs, whether a raw line can hold anything the parser keeps: each word below
/// is in every line family some matcher reads (timing keys and headers, buffer, graph, model and build lines,
/// placement, failures, prefix-cache misses). Most lines of a long server log (HTTP requests, slot housekeeping,
/// prompt progress) hold none and cost one search. A matcher that learns a new family must add its word here: the
/// specs of every family run through this filter.
/// </summary>
/// <remarks>
/// The words are case-sensitive stems ("ailed" for failed and Failed) in two groups, searched separately: the words a
/// server's request lines hold (timing lines, "print_") hit on nearly every request, the rest about once a startup, so
/// the second group is searched about once a block. Measured on a 128 MiB server log, one search for all words took
/// 1.4 times as long as the two groups together, and splitting the second group in three took 1.5 times as long.
/// "graph " and "graph:" rather than "graph", so that the message of a "graphs reused" line (a recent server prints one
/// for every request) holds no word.
/// </remarks>
internal static class RelevantLineFilter
{
    private static readonly SearchValues<string>[] Groups =
    [
        // requests and startup facts ("print_" starts the timing header, print_info and llm_load_print_meta)
        SearchValues.Create(["eval time", "total time", "print_", "buffer", "graph ", "graph:", "n_ctx", "offloaded"], StringComparison.Ordinal),

        // failures (with ik_llama.cpp's pinned-memory allocation), placement, prefix-cache misses with the lines
        // printed after one, and build lines
        SearchValues.Create(
            [
                "ailed", "alloc", "emory", "nable", "rror loading", "GGUF", "magic", "xiting", "alling back", "CUDA-capable",
                "insufficient", "plit mode", "Common part", "cache :", "cache:", "prompt:", "build",
            ],
            StringComparison.Ordinal),
    ];

    public static int GroupCount => Groups.Length;

    public static bool MayMatter(ReadOnlySpan<char> line)
    {
        foreach (var group in Groups)
        {
            if (line.IndexOfAny(group) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the first word that may matter starts in <paramref name="text"/> at or after <paramref name="from"/>, or
    /// -1. <paramref name="next"/> remembers each group's next hit between calls over the same text (start it at
    /// <see cref="int.MinValue"/>), so a group is searched again only once the reader has passed its hit.
    /// </summary>
    public static int NextHit(ReadOnlySpan<char> text, int from, Span<int> next)
    {
        var hit = -1;
        for (var g = 0; g < Groups.Length; g++)
        {
            if (next[g] != -1 && next[g] < from)
            {
                var found = text[from..].IndexOfAny(Groups[g]);
                next[g] = found < 0 ? -1 : from + found;
            }

            if (next[g] >= 0 && (hit < 0 || next[g] < hit))
            {
                hit = next[g];
            }
        }

        return hit;
    }
}
