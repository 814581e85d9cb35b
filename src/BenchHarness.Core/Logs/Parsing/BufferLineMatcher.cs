using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Startup buffer sizes: <c>llm_load_tensors:  CUDA_Host buffer size = 307110.47 MiB</c>,
/// <c>load_tensors:   CPU_Mapped model buffer size = 51.34 MiB</c>, <c>llama_kv_cache_init: CUDA0 KV buffer size</c>,
/// <c>llama_init_from_model: CUDA0 compute buffer size</c>. Where the line names no kind, the function does.
/// </summary>
internal static partial class BufferLineMatcher
{
    /// <summary>The buffer a line reports, or null.</summary>
    public static BufferAllocation? Match(string text)
    {
        var match = Buffer().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var kind = KindOf(match.Groups["kind"].Value, match.Groups["function"].Value);
        // A size no double holds is no size at all: the buffer is left out rather than listed as infinite.
        if (kind is null || LogNumbers.Double(match.Groups["mib"].Value) is not { } mib)
        {
            return null;
        }

        return new BufferAllocation(match.Groups["device"].Value, kind.Value, mib);
    }

    /// <summary>
    /// <c>--fit</c>'s trial load allocates no weights or cache: at full verbosity (<c>-v</c>) it prints a set of
    /// 0.00 MiB model and KV buffers (its compute buffers are sized for real) before the real load prints its own.
    /// A model buffer after such a set's compute buffers starts the load that counts.
    /// </summary>
    public static bool IsTrialSet(IReadOnlyList<BufferAllocation> earlier, BufferAllocation next) =>
        next.Kind == BufferKind.Model
        && earlier.Any(b => b.Kind == BufferKind.Compute)
        && earlier.Where(b => b.Kind != BufferKind.Compute).All(b => b.Mib == 0);

    /// <summary>
    /// Output buffers are small and not among the kinds the report keeps. A hybrid's recurrent-state (RS) buffer
    /// counts as KV: it is the per-sequence cache of its linear-attention layers, and the memory model predicts it there.
    /// </summary>
    private static BufferKind? KindOf(string printedKind, string function) => printedKind switch
    {
        "model" => BufferKind.Model,
        "KV" or "RS" => BufferKind.Kv,
        "compute" => BufferKind.Compute,
        "" when function.Contains("load_tensors", StringComparison.Ordinal) => BufferKind.Model,
        "" when function.Contains("kv_cache", StringComparison.Ordinal) => BufferKind.Kv,
        _ => null,
    };

    [GeneratedRegex(@"^(?<function>\w+):\s+(?<device>[\w-]+(?:\[[^\]\s]*\])?)\s+(?:(?<kind>model|KV|compute|output|RS)\s+)?buffer size\s*=\s*(?<mib>\d+(?:\.\d+)?)\s*MiB")]
    private static partial Regex Buffer();
}
