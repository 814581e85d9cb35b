using BenchHarness.Metrics;

namespace BenchHarness.Tests.Metrics;

/// <summary>The Prometheus text format as llama-server's <c>/metrics</c> writes it, and the rest of the format a server may use.</summary>
public sealed class PrometheusTextSpecs
{
    [Fact]
    public void The_pinned_servers_metrics_body_parses_to_its_counters_and_gauges()
    {
        var samples = PrometheusText.Parse(MetricsFiles.Text("llama-cpp-metrics-after.txt"));
        var values = samples.ToDictionary(s => s.Series, s => s.Value);

        Assert.Equal(15, samples.Count);
        Assert.All(samples, s => Assert.StartsWith("llamacpp:", s.Name, StringComparison.Ordinal));
        Assert.All(samples, s => Assert.Empty(s.Labels));
        Assert.Equal((357, 3.0396, 112, 11.5306), (values[LlamaCounters.PromptTokens], values[LlamaCounters.PromptSeconds],
            values[LlamaCounters.PredictedTokens], values[LlamaCounters.PredictedSeconds]));
        Assert.Equal((112, 166, 0, 9.45314), (values["llamacpp:n_decode_total"], values["llamacpp:n_tokens_max"],
            values["llamacpp:requests_processing"], values["llamacpp:predicted_tokens_seconds"]));
    }

    [Fact]
    public void A_fresh_server_reports_every_counter_as_zero()
    {
        var samples = PrometheusText.Parse(MetricsFiles.Text("llama-cpp-metrics-before.txt"));

        Assert.Equal(15, samples.Count);
        Assert.All(samples, s => Assert.Equal(0, s.Value));
    }

    [Fact]
    public void Labels_with_escapes_timestamps_and_special_values_parse()
    {
        var samples = PrometheusText.Parse(
            "# HELP a:b_total Something\n" +
            "# TYPE a:b_total counter\n" +
            "a:b_total 1.23457e+06\n" +
            "pos_total{position=\"0\",path=\"C:\\\\dir \\\"x\\\"\\n\",} 12 1700000000000\r\n" +
            "\tgauge  NaN\n" +
            "up{} +Inf\n" +
            "down -Inf\n");

        Assert.Equal(["a:b_total", "pos_total", "gauge", "up", "down"], samples.Select(s => s.Name));
        Assert.Equal(1234570, samples[0].Value);
        Assert.Equal([new("position", "0"), new("path", "C:\\dir \"x\"\n")], samples[1].Labels);
        Assert.Equal("pos_total{position=\"0\",path=\"C:\\\\dir \\\"x\\\"\\n\"}", samples[1].Series);
        Assert.True(double.IsNaN(samples[2].Value));
        Assert.Equal((double.PositiveInfinity, double.NegativeInfinity), (samples[3].Value, samples[4].Value));
    }

    [Theory]
    [InlineData("llamacpp:x_total twelve", "line 2: value 'twelve' is not a number")]
    [InlineData("llamacpp:x_total", "line 2: expected a space before the value at column 17")]
    [InlineData("llamacpp:x_total{a=\"1\" 3", "line 2: expected ',' or '}' after label a at column 24")]
    [InlineData("llamacpp:x_total{a=1} 3", "line 2: expected '\"' at column 20")]
    [InlineData("llamacpp:x_total 3 soon", "line 2: timestamp 'soon' is not an integer")]
    [InlineData("9lives 3", "line 2: expected a metric name at column 1")]
    public void A_line_that_is_not_a_sample_is_an_error_naming_the_line_and_what_is_wrong(string line, string message)
    {
        var error = Assert.Throws<FormatException>(() => PrometheusText.Parse("# TYPE llamacpp:x_total counter\n" + line + "\n"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(line, error.Message, StringComparison.Ordinal);
    }
}
