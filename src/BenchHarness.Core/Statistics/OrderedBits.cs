namespace BenchHarness.Statistics;

/// <summary>Maps finite doubles to integers in the same order, so a bisection can walk every representable value.</summary>
internal static class OrderedBits
{
    public static Int128 Of(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits >= 0 ? bits : (Int128)long.MinValue - bits;
    }

    public static double ToDouble(Int128 ordered) =>
        BitConverter.Int64BitsToDouble(ordered >= 0 ? (long)ordered : (long)((Int128)long.MinValue - ordered));
}
