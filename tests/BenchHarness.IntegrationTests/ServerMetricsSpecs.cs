using System.Text.Json;
using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Metrics;
using BenchHarness.Storage;
using Dapper;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// A real run of a <c>--metrics</c> llama-server: its counters are read between cases, agree with the log's
/// figures for the same requests, and are kept in run.json and PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ServerMetricsSpecs(MetricsRunFixture fixture, PostgresFixture postgres) : IClassFixture<MetricsRunFixture>
{
    private ServerMetricsRecord Metrics =>
        fixture.Variant(MetricsRunFixture.WithMetrics).ServerMetrics ?? throw new Xunit.Sdk.XunitException("the --metrics variant kept no server metrics");

    [Fact]
    public void A_snapshot_is_taken_before_the_first_case_and_after_each_case()
    {
        var cases = fixture.Plan.CasesOf(MetricsRunFixture.WithMetrics).Count();
        var snapshots = Metrics.Snapshots;

        Assert.Equal(cases + 1, snapshots.Count);
        Assert.All(snapshots, s => Assert.Null(s.Error));
        Assert.Null(snapshots[0].AfterCase);
        Assert.Equal(0, snapshots[0].Values[LlamaCounters.PromptTokens]);
        Assert.EndsWith("warm-up", snapshots[1].AfterCase, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, cases + 1), snapshots.Select(s => s.LogRequests));
        Assert.All(snapshots, s => Assert.All(
            [LlamaCounters.PromptTokens, LlamaCounters.PromptSeconds, LlamaCounters.PredictedTokens, LlamaCounters.PredictedSeconds],
            counter => Assert.Contains(counter, s.Values.Keys)));
    }

    [Fact]
    public void The_counters_agree_with_the_logs_timing_lines_within_rounding()
    {
        var check = Metrics.Check ?? throw new Xunit.Sdk.XunitException("no check");
        var rows = check.Rows.ToDictionary(r => r.Counter);

        Assert.False(check.Disagrees, string.Join("; ", check.Reasons));
        Assert.Equal(fixture.Variant(MetricsRunFixture.WithMetrics).Samples.Count, check.Requests); // the warm-up included
        Assert.Equal(0, rows[LlamaCounters.PromptTokens].Difference);
        Assert.Equal(0, rows[LlamaCounters.PredictedTokens].Difference);
        var generation = rows[LlamaCounters.PredictedSeconds];
        Assert.True(Math.Abs(generation.Difference!.Value) <= generation.Tolerance, $"generation seconds off by {generation.Difference} (rounding allows {generation.Tolerance})");

        // The pinned build's prompt timer starts at the first prompt batch and stops before the first token is sampled.
        var prompt = rows[LlamaCounters.PromptSeconds];
        Assert.True(prompt.AtMostLog);
        Assert.True(prompt.Metric > 0 && prompt.Difference <= prompt.Tolerance, $"prompt seconds {prompt.Metric} against the log's {prompt.Log}");
    }

    [Fact]
    public void The_token_counters_rise_by_what_the_responses_reported()
    {
        var samples = fixture.Variant(MetricsRunFixture.WithMetrics).Samples;
        var (first, last) = (Metrics.Snapshots[0].Values, Metrics.Snapshots[^1].Values);

        Assert.Equal(samples.Sum(s => s.PromptTokens), last[LlamaCounters.PromptTokens] - first[LlamaCounters.PromptTokens]);
        Assert.Equal(samples.Sum(s => s.GeneratedTokens), last[LlamaCounters.PredictedTokens] - first[LlamaCounters.PredictedTokens]);
    }

    [Fact]
    public void Every_snapshot_was_taken_with_no_request_in_flight()
    {
        var samples = fixture.Variant(MetricsRunFixture.WithMetrics).Samples;
        var snapshots = Metrics.Snapshots;

        Assert.All(snapshots, s => Assert.Equal(0, s.Values["llamacpp:requests_processing"]));
        Assert.All(snapshots, s => Assert.All(s.Slots!, slot => Assert.False(slot.IsProcessing)));

        // Each case's request was a new task of the one slot, finished before the snapshot after it.
        var tasks = snapshots.Skip(1).Select(s => Assert.Single(s.Slots!).IdTask ?? -1).ToList();
        Assert.Null(Assert.Single(snapshots[0].Slots!).IdTask);
        Assert.Equal(tasks.Order(), tasks);
        Assert.Equal(samples.Count, tasks.Distinct().Count(t => t >= 0));
    }

    [Fact]
    public void A_server_without_metrics_is_not_sampled()
    {
        var plain = fixture.Variant(MetricsRunFixture.WithoutMetrics);

        Assert.Null(plain.ServerMetrics);
        Assert.Equal(fixture.Plan.CasesOf(MetricsRunFixture.WithoutMetrics).Count(), plain.Samples.Count(s => s.Error is null));
    }

    [Fact]
    public async Task The_counters_and_their_check_are_stored_with_the_variant()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        await new RunStore(database).SaveAsync(fixture.Run, CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        const string Stored = "SELECT server_metrics::text AS Metrics, metrics_disagree AS Disagree FROM variant_launch WHERE variant = @variant";
        var stored = await connection.QuerySingleAsync<(string Metrics, bool? Disagree)>(Stored, new { variant = MetricsRunFixture.WithMetrics });
        var plain = await connection.QuerySingleAsync<(string? Metrics, bool? Disagree)>(Stored, new { variant = MetricsRunFixture.WithoutMetrics });

        Assert.False(stored.Disagree);
        var read = JsonSerializer.Deserialize<ServerMetricsRecord>(stored.Metrics, JsonDefaults.Options)!;
        Assert.Equal(Metrics.Snapshots.Select(s => s.Values), read.Snapshots.Select(s => s.Values));
        Assert.Equal(Metrics.Check!.Rows, read.Check!.Rows);
        Assert.Equal((null, null), plain);
    }
}
