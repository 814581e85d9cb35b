using BenchHarness.Logs;
using BenchHarness.Metrics;

namespace BenchHarness.Tests.Metrics;

/// <summary>
/// The server's counters against its log's timing lines for the same requests, on a captured session of the pinned
/// build: tokens and generation seconds agree within the printed digits, prompt seconds may only fall short.
/// </summary>
public sealed class MetricsCheckSpecs
{
    private static readonly MetricsSnapshot Before = MetricsFiles.Snapshot("llama-cpp-metrics-before.txt", logRequests: 0);
    private static readonly MetricsSnapshot After = MetricsFiles.Snapshot("llama-cpp-metrics-after.txt", logRequests: 3, afterCase: "c/weather/off repeat 0");

    [Fact]
    public void The_captured_counters_agree_with_the_captured_logs_three_requests()
    {
        var check = MetricsCheck.Compare([Before, After], MetricsFiles.LogRequests())!;
        var rows = check.Rows.ToDictionary(r => r.Counter);

        Assert.False(check.Disagrees, string.Join("; ", check.Reasons));
        Assert.Equal(3, check.Requests);
        Assert.Equal((357, 357, 0), Figures(rows[LlamaCounters.PromptTokens]));
        Assert.Equal((112, 112, 0), Figures(rows[LlamaCounters.PredictedTokens]));

        // 11.5306 s printed for the log's 11530.57 ms: within half of the sixth digit plus three lines' half hundredths.
        Assert.Equal((11.5306, 11.53057), (rows[LlamaCounters.PredictedSeconds].Metric, rows[LlamaCounters.PredictedSeconds].Log));
        Assert.Equal(0.000065, rows[LlamaCounters.PredictedSeconds].Tolerance, 9);

        // The server's prompt timer ran 0.9 ms less than the log's three prompt eval times: allowed, and kept.
        var prompt = rows[LlamaCounters.PromptSeconds];
        Assert.Equal((3.0396, 3.0405, -0.0009, true), (prompt.Metric, prompt.Log, Math.Round(prompt.Difference!.Value, 6), prompt.Agrees));
    }

    [Fact]
    public void A_request_the_log_did_not_report_makes_the_counters_disagree()
    {
        var check = MetricsCheck.Compare([Before, After], MetricsFiles.LogRequests().Take(2).ToList())!;

        Assert.True(check.Disagrees);
        Assert.Equal(2, check.Requests);
        Assert.Contains("llamacpp:prompt_tokens_total rose by 357, but the log's 2 requests add up to 238 (off by 119; rounding allows 0.0005)", check.Reasons);
        Assert.Contains(check.Reasons, r => r.StartsWith("llamacpp:tokens_predicted_seconds_total rose by 11.5306 s, but the log's 2 requests add up to 6.67207 s", StringComparison.Ordinal));
        Assert.Contains(check.Reasons, r => r.StartsWith("llamacpp:prompt_seconds_total rose by 3.0396 s, more than the log's 2 requests add up to 2.62274 s", StringComparison.Ordinal));
    }

    [Fact]
    public void Prompt_seconds_beyond_the_logs_are_flagged_and_short_of_them_are_not()
    {
        var over = Timing(promptMs: 3000, generationMs: 11530.57);
        var under = Timing(promptMs: 3100, generationMs: 11530.57);

        var flagged = MetricsCheck.Compare([Before, After], [over])!;
        Assert.Equal([$"{LlamaCounters.PromptSeconds} rose by 3.0396 s, more than the log's 1 request adds up to 3 s (by 0.0396 s; rounding allows 0.00001)"], flagged.Reasons);
        Assert.False(MetricsCheck.Compare([Before, After], [under])!.Disagrees);
    }

    [Theory]
    [InlineData(1234567, false)] // printed 1.23457e+06: the six digits hold it
    [InlineData(1234574, false)]
    [InlineData(1234576, true)]
    public void Counts_past_a_million_are_compared_at_the_six_digits_the_server_prints(long logged, bool disagrees)
    {
        var after = MetricsSnapshot.From(0, "x", 1, PrometheusText.Parse($"{LlamaCounters.PredictedTokens} 1.23457e+06\n"));
        var before = MetricsSnapshot.From(0, null, 0, PrometheusText.Parse($"{LlamaCounters.PredictedTokens} 0\n"));

        Assert.Equal(disagrees, MetricsCheck.Compare([before, after], [new RequestTiming { GeneratedTokens = logged }])!.Disagrees);
    }

    [Fact]
    public void A_snapshot_that_failed_is_left_out_and_one_good_snapshot_is_no_check()
    {
        var failed = new MetricsSnapshot { AtMs = 5, LogRequests = 3, Error = "GET /metrics answered 501: not supported" };

        Assert.False(MetricsCheck.Compare([Before, failed, After], MetricsFiles.LogRequests())!.Disagrees);
        Assert.Null(MetricsCheck.Compare([Before, failed], MetricsFiles.LogRequests()));
    }

    [Fact]
    public void A_figure_the_log_lacks_leaves_its_counter_unchecked()
    {
        var requests = MetricsFiles.LogRequests().Select((r, i) => i == 1 ? r with { GenerationMs = null } : r).ToList();

        var row = MetricsCheck.Compare([Before, After], requests)!.Rows.Single(r => r.Counter == LlamaCounters.PredictedSeconds);

        Assert.Equal((11.5306, null, null), (row.Metric, row.Log, row.Agrees));
    }

    private static (double, double?, double?) Figures(MetricsCheckRow row) => (row.Metric, row.Log, row.Difference);

    private static RequestTiming Timing(double promptMs, double generationMs) =>
        new() { PromptTokens = 357, PromptMs = promptMs, GeneratedTokens = 112, GenerationMs = generationMs };
}
