using BenchHarness.Memory;

namespace BenchHarness.Tests.Memory;

/// <summary>A device over its budget only through the compute estimate's central figure is not sure to be over.</summary>
public sealed class SurelyOverSpecs
{
    [Fact]
    public void Over_only_at_the_central_compute_estimate_does_not_fit_but_is_not_surely_over()
    {
        // 20,000 model + 1,000 KV + 4,000 compute (1,500 at the low end) against 24,000.
        var device = new DeviceVerdict("CUDA0", 20_000, 1_000, 4_000, 25_000, 24_000, false) { ComputeLowMib = 1_500, ComputeHighMib = 6_000 };

        Assert.False(device.SurelyOver);
        Assert.False(new VariantMemory("v", [device], []).SurelyOver);
        Assert.Equal("over by 1000 MiB", device.Verdict);
    }

    [Fact]
    public void Over_even_at_the_low_compute_estimate_is_surely_over()
    {
        var device = new DeviceVerdict("CUDA0", 23_000, 1_000, 4_000, 28_000, 24_000, false) { ComputeLowMib = 1_500, ComputeHighMib = 6_000 };

        Assert.True(device.SurelyOver);
        Assert.True(new VariantMemory("v", [device], []).SurelyOver);
    }

    [Fact]
    public void Without_a_budget_nothing_is_over()
    {
        var device = new DeviceVerdict("CPU", 90_000, 0, 4_000, 94_000, null, null) { ComputeLowMib = 1_000 };

        Assert.False(device.SurelyOver);
    }
}
