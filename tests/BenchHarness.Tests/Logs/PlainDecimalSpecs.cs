using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Logs.Parsing;

namespace BenchHarness.Tests.Logs;

/// <summary>The plain-decimal reading of timing figures gives the very double the general parser gives, or leaves the text to it.</summary>
public sealed partial class PlainDecimalSpecs
{
    [Fact]
    public void Every_figure_of_up_to_fifteen_digits_in_the_captured_logs_reads_as_double_parse_reads_it()
    {
        var figures = LogFiles.Names().Select(LogFiles.PathOf).SelectMany(File.ReadLines).SelectMany(line => Figure().Matches(line).Select(match => match.Value)).Distinct()
            .Where(figure => figure.Length <= 16).ToList();

        Assert.True(figures.Count > 200, $"{figures.Count} figures");
        Assert.All(figures, figure => AssertSameAsDoubleParse(figure));
    }

    [Fact]
    public void Random_decimals_of_up_to_fifteen_digits_read_as_double_parse_reads_them()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => (char)('0' + random.Next(10))));
            var dot = random.Next(digits.Length + 1);
            AssertSameAsDoubleParse(digits[..dot] + "." + digits[dot..]);
            AssertSameAsDoubleParse(digits);
        }
    }

    [Theory]
    [InlineData("-1.5")]
    [InlineData("1e5")]
    [InlineData(" 1.5")]
    [InlineData("1234567890123456")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("inf")]
    public void Anything_but_plain_digits_is_left_to_the_general_parser(string text) =>
        Assert.False(LogNumbers.TryPlainDecimal(text, out _));

    private static void AssertSameAsDoubleParse(string text)
    {
        Assert.True(LogNumbers.TryPlainDecimal(text, out var value), text);
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [GeneratedRegex(@"(?<![\d.])\d{1,15}\.\d+(?![\d.])")]
    private static partial Regex Figure();
}
