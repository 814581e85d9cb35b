using BenchHarness.Metrics;

namespace BenchHarness.Tests.Metrics;

/// <summary>What the run summary says of a variant's server metrics: flagged when they disagree with the log or were never checked.</summary>
public sealed class MetricsVerdictSpecs
{
    private static readonly MetricsSnapshot Before = MetricsFiles.Snapshot("llama-cpp-metrics-before.txt", logRequests: 0);
    private static readonly MetricsSnapshot After = MetricsFiles.Snapshot("llama-cpp-metrics-after.txt", logRequests: 3);

    [Fact]
    public void Counters_that_agree_are_not_flagged_and_say_how_much_was_checked()
    {
        var verdict = Verdict([Before, After], MetricsFiles.LogRequests());

        Assert.Equal(new MetricsVerdict(false, "server metrics agree with the log", "4 counters over 3 requests"), verdict);
    }

    [Fact]
    public void A_disagreement_is_flagged_with_its_reasons()
    {
        var verdict = Verdict([Before, After], MetricsFiles.LogRequests().Skip(1).ToList());

        Assert.True(verdict.Flagged);
        Assert.Equal("server metrics disagree with the log", verdict.Headline);
        Assert.StartsWith("llamacpp:prompt_tokens_total rose by 357, but the log's 2 requests add up to 238", verdict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_that_never_answered_are_flagged_as_not_checked_with_the_first_error()
    {
        var failed = new MetricsSnapshot { AtMs = 1, LogRequests = 0, Error = "GET /metrics answered 501: This server does not support metrics endpoint." };

        var verdict = Verdict([failed, failed with { LogRequests = 1 }], []);

        Assert.Equal(new MetricsVerdict(true, "server metrics not checked", failed.Error), verdict);
    }

    private static MetricsVerdict Verdict(IReadOnlyList<MetricsSnapshot> snapshots, IReadOnlyList<BenchHarness.Logs.RequestTiming> requests) =>
        MetricsVerdict.Of(new ServerMetricsRecord { Snapshots = snapshots, Check = MetricsCheck.Compare(snapshots, requests) });
}
