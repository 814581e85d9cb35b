using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;
using BenchHarness.Results;

namespace BenchHarness.Tests.Comparison;

/// <summary>The choice between the per-sample and the paired-starts rule, the pairing in time, and what the output says.</summary>
public sealed class PairedStartsSpecs
{
    private static readonly CaseKey Key = new("s", "v", "p", null, "m");

    [Fact]
    public void One_start_per_side_keeps_the_per_sample_rule()
    {
        var comparison = CaseComparer.Compare(Key, Start(0, 100, 10), Start(0, 90, 10), Metric.Tg, ComparisonOptions.Default);

        Assert.Equal(ComparisonRule.PerSample, comparison.Rule);
        Assert.Equal(1, comparison.BaselineStarts);
        Assert.NotNull(comparison.SmallestDetectableChange);
    }

    [Fact]
    public void Five_starts_per_side_keep_the_per_sample_rule_because_five_pairs_cannot_bound_the_ratio()
    {
        int[] aMinutes = [0, 3, 4, 7, 8];
        int[] bMinutes = [1, 2, 5, 6, 9];
        var comparison = CaseComparer.Compare(
            Key, aMinutes.SelectMany(m => Start(m, 100, 8)).ToList(), bMinutes.SelectMany(m => Start(m, 94, 8)).ToList(), Metric.Tg, ComparisonOptions.Default);

        Assert.Equal(ComparisonRule.PerSample, comparison.Rule);
        Assert.Equal(5, comparison.CandidateStarts);
    }

    [Fact]
    public void Starts_that_drift_together_are_paired_so_a_steady_ten_percent_slowdown_is_slower()
    {
        // The machine drifts from 100 to 60 t/s; B is 10 % below the A beside it in time.
        var levels = new[] { 100.0, 92, 85, 78, 71, 65 };
        var a = levels.Select((level, i) => Start(2 * i, level, 8)).SelectMany(s => s).ToList();
        var b = levels.Select((level, i) => Start((2 * i) + 1, level * 0.9 * (1 + (0.005 * (i % 2))), 8)).SelectMany(s => s).ToList();

        var comparison = CaseComparer.Compare(Key, a, b, Metric.Tg, ComparisonOptions.Default);

        Assert.Equal(ComparisonRule.PairedStarts, comparison.Rule);
        Assert.Equal(6, comparison.CandidateStarts);
        Assert.Equal(Verdict.Slower, comparison.Verdict);
        Assert.InRange(comparison.Estimate!.Ratio, 0.89, 0.91);
        Assert.True(comparison.SmallestDetectableChange < 0.05);
    }

    [Fact]
    public void Pairing_takes_the_nearest_start_in_time_of_an_interleaved_schedule()
    {
        // A B B A A B: A at 0, 3, 4 and B at 1, 2, 5.
        var pairs = StartPairing.Pair([0, 3, 4], [1, 2, 5], minute => DateTimeOffset.UnixEpoch.AddMinutes(minute));

        Assert.Equal([(0, 1), (3, 2), (4, 5)], pairs);
    }

    [Fact]
    public void The_table_and_json_say_which_rule_was_used_and_the_smallest_detectable_change()
    {
        // A B B A A B, twice over: six starts a side, the fewest the paired rule accepts.
        int[] aMinutes = [0, 3, 4, 7, 8, 11];
        int[] bMinutes = [1, 2, 5, 6, 9, 10];
        var comparison = CaseComparer.Compare(
            Key,
            aMinutes.SelectMany((minute, i) => Start(minute, 100 - (i % 3), 8)).ToList(),
            bMinutes.SelectMany((minute, i) => Start(minute, 99 + (i % 3), 8)).ToList(),
            Metric.Tg,
            ComparisonOptions.Default);
        var report = new ComparisonReport { Cases = [comparison], Scenarios = [] };

        var table = ComparisonTableRenderer.Render(report);
        Assert.Contains("paired-starts", table, StringComparison.Ordinal);
        Assert.Matches(@"  6    6    [0-9]+\.[0-9]%  paired-starts", table);
        var json = ComparisonJsonRenderer.Render(report);
        Assert.Contains("\"rule\": \"paired-starts\"", json, StringComparison.Ordinal);
        Assert.Contains("\"starts_baseline\": 6", json, StringComparison.Ordinal);
        Assert.Contains("\"smallest_detectable_change\": ", json, StringComparison.Ordinal);
    }

    /// <summary>One start's samples at minute <paramref name="minute"/>, spread ±1 % around <paramref name="level"/>.</summary>
    private static List<StartSamples> Start(int minute, double level, int count) =>
    [
        new StartSamples(
            DateTimeOffset.UnixEpoch.AddMinutes(minute),
            Enumerable.Range(0, count).Select(i => new Sample
            {
                Prompt = "p",
                Repeat = i,
                GenerationTokensPerSecond = level * (0.99 + (0.02 * i / count)),
                PromptTokensPerSecond = level * 10,
            }).ToList()),
    ];
}
