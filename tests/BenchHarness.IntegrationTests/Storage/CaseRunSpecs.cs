using BenchHarness.Storage;
using Dapper;
using Npgsql;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>The per-run case medians that <c>bench history</c> reads (migration 0002) agree with the samples they summarise.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseRunSpecs(PostgresFixture postgres)
{
    // The medians PostgreSQL itself computes from the stored samples, beside the stored ones.
    private const string Agreement =
        """
        SELECT cr.case_id AS CaseId, cr.measured AS Stored, cr.tg_median AS StoredTg, cr.pp_median AS StoredPp,
               s.n AS Counted, s.tg AS ComputedTg, s.pp AS ComputedPp
        FROM case_run cr
        JOIN (SELECT run_id, case_id, count(*)::int AS n,
                     percentile_cont(0.5) WITHIN GROUP (ORDER BY tg) AS tg, percentile_cont(0.5) WITHIN GROUP (ORDER BY pp) AS pp
              FROM sample WHERE NOT warmup AND error IS NULL GROUP BY run_id, case_id) s
          ON s.run_id = cr.run_id AND s.case_id = cr.case_id
        """;

    [Fact]
    public async Task Stored_case_medians_equal_the_medians_of_the_measured_samples()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        await new RunStore(database).SaveAsync(SampleRuns.Create("case-run-1"), CancellationToken.None);
        await new RunStore(database).SaveAsync(SampleRuns.Create("case-run-2", repeats: 7, tgBase: 1100.123), CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = (await connection.QueryAsync<Row>(Agreement)).ToList();
        var cases = await connection.ExecuteScalarAsync<int>(
            "SELECT count(*)::int FROM (SELECT DISTINCT run_id, case_id FROM sample WHERE NOT warmup AND error IS NULL) measured");

        Assert.NotEmpty(rows);
        Assert.Equal(cases, rows.Count);
        Assert.All(rows, row => Assert.Equal((row.Counted, row.ComputedTg, row.ComputedPp), (row.Stored, row.StoredTg, row.StoredPp)));
    }

    [Fact]
    public async Task Replacing_a_run_replaces_its_case_medians()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        var store = new RunStore(database);
        await store.SaveAsync(SampleRuns.Create("case-run-replaced", tgBase: 1000), CancellationToken.None);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        const string Medians = "SELECT case_id, tg_median FROM case_run ORDER BY case_id";
        var before = (await connection.QueryAsync<(long CaseId, double Tg)>(Medians)).ToList();

        await store.SaveAsync(SampleRuns.Create("case-run-replaced", tgBase: 2000), CancellationToken.None);

        var after = (await connection.QueryAsync<(long CaseId, double Tg)>(Medians)).ToList();
        Assert.NotEmpty(after);
        Assert.Equal(before.Select(b => b.CaseId), after.Select(a => a.CaseId));
        Assert.All(before.Zip(after), pair => Assert.True(pair.Second.Tg > pair.First.Tg * 1.5, $"case {pair.First.CaseId}: {pair.First.Tg} then {pair.Second.Tg}"));
        Assert.Equal(after.Count, (await connection.QueryAsync<Row>(Agreement)).Count());
    }

    [Fact]
    public async Task Migration_2_summarises_the_runs_stored_before_it()
    {
        var database = new BenchDatabase(await postgres.Cluster.CreateDatabaseAsync());
        await new RunStore(database).SaveAsync(SampleRuns.Create("case-run-before"), CancellationToken.None);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var stored = (await connection.QueryAsync<(long, double)>("SELECT case_id, tg_median FROM case_run ORDER BY case_id")).ToList();

        // Back to a version-1 store holding the same samples (later migrations undone, newest first), then forward
        // again: the backfill must give the same rows.
        await connection.ExecuteAsync(
            """
            ALTER TABLE variant_launch DROP COLUMN server_metrics, DROP COLUMN metrics_disagree;
            ALTER TABLE sample DROP COLUMN aggregate_only;
            ALTER TABLE variant_launch DROP COLUMN placement_check, DROP COLUMN placement_differs;
            ALTER TABLE sample DROP COLUMN lane, DROP COLUMN wall_ms, DROP COLUMN content_tokens, DROP COLUMN batch_tps;
            ALTER TABLE bench_case DROP CONSTRAINT bench_case_identity;
            ALTER TABLE bench_case DROP COLUMN depth, DROP COLUMN concurrency;
            ALTER TABLE bench_case ADD CONSTRAINT bench_case_identity UNIQUE NULLS NOT DISTINCT (scenario_id, variant, prompt, thinking, launch_key);
            DELETE FROM case_run;
            DELETE FROM schema_version WHERE version >= 2;
            DROP TABLE case_run;
            ALTER TABLE run DROP COLUMN accepted, DROP COLUMN accepted_reason, DROP COLUMN marked_at;
            DROP INDEX sample_by_run;
            CREATE INDEX sample_by_run ON sample (run_id, case_id);
            CREATE INDEX sample_measured_by_case ON sample (case_id, run_id) INCLUDE (tg, pp) WHERE NOT warmup AND error IS NULL;
            """);
        await using (var fresh = new NpgsqlConnection(database.ConnectionString))
        {
            await fresh.OpenAsync();
            Assert.Equal([2, 3, 4, 5, 6, 7], await SchemaMigrator.MigrateAsync(fresh, CancellationToken.None));
        }

        Assert.Equal(stored, (await connection.QueryAsync<(long, double)>("SELECT case_id, tg_median FROM case_run ORDER BY case_id")).ToList());
    }

    private sealed record Row(long CaseId, int Stored, double StoredTg, double StoredPp, int Counted, double ComputedTg, double ComputedPp);
}
