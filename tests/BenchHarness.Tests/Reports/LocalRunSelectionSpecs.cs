using BenchHarness.Results;
using BenchHarness.Selection;

namespace BenchHarness.Tests.Reports;

/// <summary>Selectors over run.json files follow the store's rules, so <c>bench report --no-db</c> picks what <c>bench compare</c> would.</summary>
public sealed class LocalRunSelectionSpecs
{
    private static readonly IReadOnlyList<RunResult> Runs = [.. CapturedRuns.Smoke, .. CapturedRuns.Ab, .. CapturedRuns.Experts];

    [Fact]
    public void A_run_id_selects_that_run()
    {
        Assert.Equal(["20261202-073400-smoke-c31a"], Ids(LocalRunSelection.Select(Runs, RunSelector.Parse("20261202-073400-smoke-c31a"))));
    }

    [Fact]
    public void A_label_selects_every_run_with_it_oldest_first()
    {
        Assert.Equal(Ids(CapturedRuns.Smoke), Ids(LocalRunSelection.Select(Runs, RunSelector.Parse("capture"))));
    }

    [Fact]
    public void Latest_is_the_newest_completed_run_of_the_scenario_when_one_is_named()
    {
        Assert.Equal(["20261202-073504-experts-f612"], Ids(LocalRunSelection.Select(Runs, RunSelector.Parse("latest"))));
        Assert.Equal(["20261202-073436-smoke-5d3f"], Ids(LocalRunSelection.Select(Runs, RunSelector.Parse("latest"), scenario: "smoke")));
    }

    [Fact]
    public void A_commit_prefix_selects_the_runs_of_that_server_build()
    {
        Assert.Equal(Runs.Count, LocalRunSelection.Select(Runs, RunSelector.Parse("commit:de3ff81")).Count);
        Assert.Empty(LocalRunSelection.Select(Runs, RunSelector.Parse("commit:ae50016")));
    }

    [Fact]
    public void Accepted_needs_the_database_and_says_so()
    {
        var error = Assert.Throws<InputException>(() => LocalRunSelection.Select(Runs, RunSelector.Parse("accepted:smoke")));

        Assert.Contains("accepted runs are marked in the database", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(IEnumerable<RunResult> runs) => runs.Select(r => r.RunId);
}
