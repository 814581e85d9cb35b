using BenchHarness.Selection;

namespace BenchHarness.Tests.Selection;

public sealed class RunSelectorSpecs
{
    [Fact]
    public void Latest_is_recognised_in_any_case()
    {
        Assert.Equal(RunSelectorKind.Latest, RunSelector.Parse("LATEST").Kind);
    }

    [Fact]
    public void Commit_selector_keeps_a_lower_case_prefix()
    {
        Assert.Equal(new RunSelector(RunSelectorKind.Commit, "914dde7"), RunSelector.Parse("commit:914DDE7"));
    }

    [Fact]
    public void Anything_else_is_a_run_id_or_a_label()
    {
        Assert.Equal(new RunSelector(RunSelectorKind.RunIdOrLabel, "nightly-2026-11-21"), RunSelector.Parse(" nightly-2026-11-21 "));
    }

    [Theory]
    [InlineData("")]
    [InlineData("commit:")]
    [InlineData("commit:abc")]
    [InlineData("commit:zzzzzz")]
    public void Selector_without_a_usable_value_is_rejected(string text)
    {
        Assert.Throws<ArgumentException>(() => RunSelector.Parse(text));
    }
}
