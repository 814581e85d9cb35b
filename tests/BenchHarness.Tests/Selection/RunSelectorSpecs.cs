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

    [Fact]
    public void Accepted_selects_any_scenario_and_accepted_with_a_name_selects_that_scenario()
    {
        Assert.Equal(new RunSelector(RunSelectorKind.Accepted, ""), RunSelector.Parse("Accepted"));
        Assert.Equal(new RunSelector(RunSelectorKind.Accepted, "smoke"), RunSelector.Parse("accepted:smoke"));
        Assert.Equal("accepted:smoke", RunSelector.Parse("accepted:smoke").ToString());
    }

    [Theory]
    [InlineData("accepted:")]
    [InlineData("")]
    [InlineData("commit:")]
    [InlineData("commit:abc")]
    [InlineData("commit:zzzzzz")]
    public void Selector_without_a_usable_value_is_rejected(string text)
    {
        Assert.Throws<ArgumentException>(() => RunSelector.Parse(text));
    }
}
