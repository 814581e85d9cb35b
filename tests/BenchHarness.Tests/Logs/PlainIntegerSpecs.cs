using System.Globalization;
using BenchHarness.Logs.Parsing;

namespace BenchHarness.Tests.Logs;

/// <summary>The plain-integer reading of counts and ids gives the very value the general parser gives, or leaves the text to it.</summary>
public sealed class PlainIntegerSpecs
{
    [Fact]
    public void Random_integers_of_up_to_eighteen_digits_with_or_without_a_minus_read_as_long_parse_reads_them()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, random.Next(1, 19)).Select(_ => (char)('0' + random.Next(10))));
            AssertSameAsLongParse(digits);
            AssertSameAsLongParse("-" + digits);
        }
    }

    [Theory]
    [InlineData("999999999999999999")]
    [InlineData("-999999999999999999")]
    [InlineData("000000000000000042")]
    [InlineData("-1")]
    [InlineData("0")]
    public void Edge_values_read_as_long_parse_reads_them(string text) => AssertSameAsLongParse(text);

    [Theory]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1.5")]
    [InlineData("9223372036854775807")]
    [InlineData("1234567890123456789")]
    public void Anything_but_plain_digits_is_left_to_the_general_parser(string text) =>
        Assert.False(LogNumbers.TryPlainInteger(text, out _));

    [Theory]
    [InlineData("9223372036854775807", 9223372036854775807L)]
    [InlineData("-9223372036854775808", -9223372036854775808L)]
    [InlineData(" 12 ", 12L)]
    [InlineData("9223372036854775808", null)]
    [InlineData("abc", null)]
    public void Counts_left_to_the_general_parser_still_read_or_are_absent(string text, long? expected) =>
        Assert.Equal(expected, LogNumbers.Long(text));

    private static void AssertSameAsLongParse(string text)
    {
        Assert.True(LogNumbers.TryPlainInteger(text, out var value), text);
        Assert.Equal(long.Parse(text, CultureInfo.InvariantCulture), value);
    }
}
