using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class TgFormulaSpecs
{
    [Fact]
    public void Recent_llama_cpp_timings_are_recognised_as_n_minus_1()
    {
        // From this build's response: predicted_n 12, predicted_ms 58.108, predicted_per_second 189.30267777242378.
        Assert.Equal(TgFormula.NMinus1, TgFormula.Detect(12, 58.108, 189.30267777242378));
        Assert.Equal(189.30267777242378, TgFormula.Rate(12, 58.108, TgFormula.NMinus1), 9);
    }

    [Fact]
    public void Ik_llama_style_timings_are_recognised_as_n()
    {
        // All decoded tokens over the whole generation time: 783 tokens in 43810.52 ms.
        Assert.Equal(TgFormula.N, TgFormula.Detect(783, 43810.52, 17.87));
    }

    [Fact]
    public void Without_the_servers_rate_the_formula_is_unknown()
    {
        Assert.Null(TgFormula.Detect(12, 58.1, null));
        Assert.Null(TgFormula.Detect(1, 58.1, 10));
    }
}
