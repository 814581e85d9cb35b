namespace BenchHarness.Running;

/// <summary>
/// How a server turns generated tokens and milliseconds into tokens per second. Recent llama.cpp divides
/// n-1 tokens by the time after the first (the first token comes from the prompt batch's logits);
/// ik_llama.cpp and older llama.cpp divide all n tokens by the whole generation time.
/// </summary>
public static class TgFormula
{
    public const string NMinus1 = "n_minus_1";
    public const string N = "n";

    /// <summary>The formula whose result is closest to the server's own <paramref name="serverRate"/>; null when it cannot tell.</summary>
    public static string? Detect(int tokens, double ms, double? serverRate)
    {
        if (serverRate is not { } reported || tokens < 2 || ms <= 0)
        {
            return null;
        }

        var byNMinus1 = Math.Abs(Rate(tokens, ms, NMinus1) - reported);
        var byN = Math.Abs(Rate(tokens, ms, N) - reported);
        return byNMinus1 < byN ? NMinus1 : N;
    }

    /// <summary>Tokens per second from raw figures under <paramref name="formula"/> (<see cref="N"/> when unknown).</summary>
    public static double Rate(int tokens, double ms, string? formula)
    {
        var counted = formula == NMinus1 ? tokens - 1 : tokens;
        return ms > 0 && counted > 0 ? counted * 1000.0 / ms : 0.0;
    }
}
