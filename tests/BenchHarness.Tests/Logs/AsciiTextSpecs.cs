using BenchHarness.Logs.Parsing;

namespace BenchHarness.Tests.Logs;

/// <summary>The any-case prefix check of timing words agrees with an ordinal case-insensitive comparison on ASCII text.</summary>
public sealed class AsciiTextSpecs
{
    [Theory]
    [InlineData("prompt eval time = 5", "prompt eval time", true)]
    [InlineData("PROMPT EVAL TIME = 5", "prompt eval time", true)]
    [InlineData("Prompt Eval Time", "prompt eval time", true)]
    [InlineData("prompt eval tim", "prompt eval time", false)]
    [InlineData("ms per token, 3", "ms per token,", true)]
    [InlineData("ms per token; 3", "ms per token,", false)]
    [InlineData("prompt@eval time", "prompt eval time", false)]
    [InlineData("", "ms", false)]
    public void Words_match_in_any_case_and_nothing_else_matches(string text, string word, bool expected) =>
        Assert.Equal(expected, AsciiText.StartsWithAnyCase(text, word));

    [Fact]
    public void Every_pair_of_printable_ascii_characters_compares_as_ordinal_ignore_case_compares_it()
    {
        for (var expected = 'a'; expected <= 'z'; expected++)
        {
            for (var actual = ' '; actual <= '~'; actual++)
            {
                Assert.Equal(
                    string.Equals(actual.ToString(), expected.ToString(), StringComparison.OrdinalIgnoreCase),
                    AsciiText.StartsWithAnyCase(actual.ToString(), expected.ToString()));
            }
        }

        foreach (var punctuation in " ,=()/")
        {
            for (var actual = ' '; actual <= '~'; actual++)
            {
                Assert.Equal(actual == punctuation, AsciiText.StartsWithAnyCase(actual.ToString(), punctuation.ToString()));
            }
        }
    }
}
