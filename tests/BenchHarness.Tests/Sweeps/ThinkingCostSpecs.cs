using BenchHarness.Running;

namespace BenchHarness.Tests.Sweeps;

/// <summary>The thinking cost: each case's thinking-on row beside its thinking-off row, wall time as the user's wait.</summary>
public sealed class ThinkingCostSpecs
{
    [Fact]
    public void Each_case_pairs_its_thinking_on_and_off_rows_at_the_same_depth_and_concurrency()
    {
        // Seed 000's orchestrator: 294 reasoning tokens turned a 4.6 s answer into 19.1 s.
        SummaryRow[] rows =
        [
            Row(false, depth: 0, wallMs: 4_600, content: 120),
            Row(true, depth: 0, wallMs: 19_100, content: 118, reasoning: 294),
            Row(false, depth: 4096, wallMs: 6_000, content: 120),
            Row(true, depth: 4096, wallMs: 24_000, content: 121, reasoning: 300),
        ];

        var costs = ThinkingCost.From(rows);

        Assert.Equal(2, costs.Count);
        var shallow = costs.Single(c => c.Case == "orchestrate");
        Assert.Equal((294.0, 118.0, 120.0), (shallow.ReasoningTokensOn!.Value, shallow.ContentTokensOn!.Value, shallow.ContentTokensOff!.Value));
        Assert.Equal(19_100 / 4_600.0, shallow.WallRatio!.Value, 12);
        Assert.Equal(4.0, costs.Single(c => c.Case == "orchestrate/depth-4096").WallRatio!.Value, 12);
    }

    [Fact]
    public void A_case_measured_one_way_only_has_no_cost()
    {
        Assert.Empty(ThinkingCost.From([Row(true, depth: 0, wallMs: 1_000, content: 10, reasoning: 5), Row(false, depth: 512, wallMs: 900, content: 10)]));
    }

    [Fact]
    public void The_wall_ratio_is_missing_when_either_side_has_no_wall_time()
    {
        var cost = Assert.Single(ThinkingCost.From([Row(false, depth: 0, wallMs: null, content: 10), Row(true, depth: 0, wallMs: 2_000, content: 10)]));

        Assert.Null(cost.WallRatio);
    }

    private static SummaryRow Row(bool thinking, int depth, double? wallMs, double content, double? reasoning = null) =>
        new("glm", "orchestrate", thinking, Samples: 3, Failures: 0, GenerationTokensPerSecond: 10, PromptTokensPerSecond: 100, TtftMs: 50, reasoning)
        {
            Depth = depth,
            WallMs = wallMs,
            ContentTokens = content,
        };
}
