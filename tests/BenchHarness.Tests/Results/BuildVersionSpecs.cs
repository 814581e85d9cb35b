using BenchHarness.Results;

namespace BenchHarness.Tests.Results;

public sealed class BuildVersionSpecs
{
    [Theory]
    [InlineData("b8005-914dde72b", 8005, "914dde72b")]
    [InlineData("4192 (1cb7e1bf)", 4192, "1cb7e1bf")]
    [InlineData("build: 4192 (1cb7e1bf) with cc (Debian 12.2.0-14) 12.2.0 for x86_64-linux-gnu", 4192, "1cb7e1bf")]
    [InlineData("main: build = 3604 (A1B2C3D)", 3604, "a1b2c3d")]
    [InlineData("  b6123-de3ff81  ", 6123, "de3ff81")]
    public void Parser_reads_build_number_and_commit_from_every_known_shape(string text, int number, string commit)
    {
        var version = BuildVersion.TryParse(text);

        Assert.Equal(new BuildVersion(number, commit), version);
    }

    [Fact]
    public void Parser_keeps_the_commit_when_the_build_has_no_number()
    {
        Assert.Equal(new BuildVersion(null, "914dde72b"), BuildVersion.TryParse("b-914dde72b"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("b8005")]
    [InlineData("fp_44709d6fcb")]
    [InlineData("4192 (xyz)")]
    public void Parser_returns_null_for_text_without_a_build(string? text)
    {
        Assert.Null(BuildVersion.TryParse(text));
    }
}
