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
/// The words are case-sensitive stems ("ailed" for failed and Failed) in groups of at most eight: a vectorised search
/// for a few long-enough words is about ten times faster per character than one for thirty, so several small searches
/// beat one large one, and a group whose words a server's request lines never hold is searched about once a block.
/// "graph " and "graph:" rather than "graph", so that the message of a "graphs reused" line (a recent server prints one
/// for every request) holds no word.
/// </remarks>
internal static class RelevantLineFilter
{
    private static readonly SearchValues<string>[] Groups =
    [
        // requests and startup facts ("print_" starts the timing header, print_info and llm_load_print_meta)
        SearchValues.Create(["eval time", "total time", "print_", "buffer", "graph ", "graph:", "n_ctx", "offloaded"], StringComparison.Ordinal),

        // failures, and ik_llama.cpp's pinned-memory allocation
        SearchValues.Create(["ailed", "alloc", "emory", "nable", "rror loading", "GGUF", "magic", "xiting"], StringComparison.Ordinal),

        // the rest of failures and placement, and prefix-cache misses with the lines printed after one
        SearchValues.Create(["alling back", "CUDA-capable", "insufficient", "plit mode", "Common part", "cache :", "cache:", "prompt:"], StringComparison.Ordinal),

        // build lines
        SearchValues.Create(["build"], StringComparison.Ordinal),
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
