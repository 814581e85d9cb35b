using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;

namespace BenchHarness.Tests.Comparison;

/// <summary>A comparison names the server commits of each side in every output form.</summary>
public sealed class ComparedBuildsSpecs
{
    private static readonly ComparisonReport TwoCommits = new()
    {
        Cases = [],
        Scenarios = [],
        Builds = new ComparedBuilds(["ae50016"], ["de3ff81"]),
    };

    [Fact]
    public void The_table_the_markdown_and_the_json_name_both_commits()
    {
        Assert.StartsWith("builds: baseline ae50016, candidate de3ff81", ComparisonTableRenderer.Render(TwoCommits), StringComparison.Ordinal);
        Assert.Contains("Builds: baseline ae50016, candidate de3ff81", ComparisonMarkdownRenderer.Render(TwoCommits), StringComparison.Ordinal);
        var json = ComparisonJsonRenderer.Render(TwoCommits);
        Assert.Contains("\"baseline_commits\": [\n    \"ae50016\"\n  ]", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"candidate_commits\": [\n    \"de3ff81\"\n  ]", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_whose_servers_named_no_commit_says_so_and_no_commits_print_no_line()
    {
        var oneKnown = TwoCommits with { Builds = new ComparedBuilds([], ["de3ff81"]) };

        Assert.StartsWith("builds: baseline unknown commit, candidate de3ff81", ComparisonTableRenderer.Render(oneKnown), StringComparison.Ordinal);
        Assert.DoesNotContain("builds:", ComparisonTableRenderer.Render(TwoCommits with { Builds = ComparedBuilds.None }), StringComparison.Ordinal);
    }

    [Fact]
    public void Commits_are_distinct_sorted_and_blank_ones_dropped()
    {
        Assert.Equal(["ae50016", "de3ff81"], ComparedBuilds.Distinct(["de3ff81", null, "", "ae50016", "de3ff81"]));
    }
}
