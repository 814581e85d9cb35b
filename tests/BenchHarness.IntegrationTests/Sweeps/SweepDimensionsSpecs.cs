using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Sweeps;

/// <summary>
/// Context depth, concurrency and the cost of thinking against the real llama-server, each proved by the server's
/// own figures: its prompt-cache count and its slots' log lines.
/// </summary>
public sealed partial class SweepDimensionsSpecs(DimensionsSweepFixture sweep) : IClassFixture<DimensionsSweepFixture>
{
    [Fact]
    public void Every_case_of_every_dimension_is_measured_on_a_server_with_a_slot_per_concurrent_request()
    {
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        Assert.Equal(VariantStatus.Completed, sweep.Variant.Status);
        Assert.Contains("--parallel 2", string.Join(' ', sweep.Variant.Launch.ServerArgs), StringComparison.Ordinal);
        // 2 thinking values × 2 depths × (1 + 2 requests) × 2 repeats.
        Assert.Equal(24, sweep.Measured.Count());
        Assert.All(sweep.Measured, s => Assert.Null(s.Error));
    }

    [Fact]
    public void A_depth_case_finds_exactly_the_depth_in_the_servers_cache_and_evaluates_only_what_follows()
    {
        var shallow = sweep.Measured.Where(s => s.Depth == 0).ToList();
        var deep = sweep.Measured.Where(s => s.Depth == DimensionsSweepFixture.Depth).ToList();
        Assert.Equal(12, deep.Count);
        Assert.All(shallow, s => Assert.Equal(0, s.CachedTokens));
        Assert.All(deep, s => Assert.Equal(DimensionsSweepFixture.Depth, s.CachedTokens));

        // PP covers the request's own prompt (and at most a few filler tokens past the depth), never the depth.
        var ownPrompt = shallow.Min(s => s.PromptTokens);
        Assert.All(deep, s => Assert.InRange(s.PromptTokens, ownPrompt, ownPrompt + 32));
        Assert.All(deep, s => Assert.True(s.GenerationTokensPerSecond > 0 && s.PromptTokensPerSecond > 0));

        // The server's slot held depth + prompt + generated tokens when it finished each deep request.
        var released = Released().Select(r => r.Tokens).ToHashSet();
        Assert.All(deep, s => Assert.Contains(s.CachedTokens!.Value + s.PromptTokens + s.GeneratedTokens - 1, released));
        Assert.Contains(DimensionsSweepFixture.Depth, released);
    }

    [Fact]
    public void Requests_sent_together_are_served_by_two_slots_at_once()
    {
        var together = sweep.Measured.Where(s => s.Concurrency == 2).ToList();
        Assert.Equal(16, together.Count);
        Assert.All(together.GroupBy(s => (s.Thinking, s.Depth, s.Repeat)), batch =>
        {
            Assert.Equal([1, 2], batch.Select(s => s.Lane!.Value).Order());
            Assert.Single(batch.Select(s => s.BatchTokensPerSecond).Distinct());
            Assert.True(batch.First().BatchTokensPerSecond > 0);
        });
        Assert.All(sweep.Measured.Where(s => s.Concurrency == 1), s => Assert.Null(s.Lane));

        // Replays the log's slot starts and releases: each concurrent batch had both slots busy together.
        var busy = new HashSet<int>();
        var together2 = 0;
        foreach (Match line in SlotEvent().Matches(sweep.ServerLog))
        {
            var slot = int.Parse(line.Groups["slot"].Value, CultureInfo.InvariantCulture);
            if (line.Groups["event"].Value == "launch_slot_")
            {
                busy.Add(slot);
                together2 += busy.Count == 2 ? 1 : 0;
            }
            else
            {
                busy.Remove(slot);
            }
        }

        Assert.True(together2 >= 8, $"both slots were busy together {together2} times; 8 concurrent batches were sent");
    }

    [Fact]
    public void Thinking_on_is_counted_as_reasoning_tokens_apart_from_content_and_its_cost_is_summarised()
    {
        Assert.All(sweep.Measured.Where(s => s.Thinking == true), s =>
        {
            Assert.True(s.ReasoningTokens > 0, "thinking on produced no reasoning tokens");
            Assert.Equal(0, s.ContentTokens);
        });
        Assert.All(sweep.Measured.Where(s => s.Thinking == false), s =>
        {
            Assert.Equal(0, s.ReasoningTokens);
            Assert.True(s.ContentTokens > 0, "thinking off produced no content tokens");
        });
        Assert.All(sweep.Measured, s => Assert.True(s.WallMs > 0));

        var costs = ThinkingCost.From(RunSummary.Rows(sweep.Run));
        Assert.Equal(4, costs.Count);
        Assert.All(costs, c => Assert.True(c.WallRatio > 0 && c.ReasoningTokensOn > 0 && c.ContentTokensOff > 0));
    }

    private IEnumerable<(int Slot, int Tokens)> Released() =>
        ReleaseLine().Matches(sweep.ServerLog).Select(m => (
            int.Parse(m.Groups["slot"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["tokens"].Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"slot\s+(?<event>launch_slot_|release): id\s+(?<slot>\d+)")]
    private static partial Regex SlotEvent();

    [GeneratedRegex(@"release: id\s+(?<slot>\d+) \| task \d+ \| stop processing: n_tokens = (?<tokens>\d+)")]
    private static partial Regex ReleaseLine();
}
