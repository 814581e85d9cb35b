namespace BenchHarness.Tests.Comparison;

/// <summary>Standard normal draws from a seeded generator (Box-Muller), so synthetic data is the same on every run.</summary>
internal static class SeededNoise
{
    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
