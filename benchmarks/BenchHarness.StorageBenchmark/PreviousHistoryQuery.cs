using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using Dapper;

namespace BenchHarness.StorageBenchmark;

/// <summary>
/// The history query of migration 0002 before its points travelled as keys: the same case_run rows, every point
/// carrying its names as text. Kept only here, to time the current query against it on the same database.
/// </summary>
internal sealed class PreviousHistoryQuery(BenchDatabase database)
{
    private const string Sql =
        """
        SELECT sc.name AS Scenario, c.variant AS Variant, c.prompt AS Prompt, c.thinking AS Thinking,
               m.fingerprint AS Machine, r.run_id AS RunId, r.started_at AS StartedAt,
               b.commit AS Commit, b.build_info AS BuildInfo, cr.tg_median AS TgMedian, cr.measured AS Samples
        FROM case_run cr
        JOIN run r              ON r.id = cr.run_id
        JOIN machine m          ON m.id = r.machine_id
        JOIN bench_case c       ON c.id = cr.case_id
        JOIN scenario sc        ON sc.id = c.scenario_id
        JOIN variant_launch vl  ON vl.id = cr.variant_launch_id
        LEFT JOIN server_build b ON b.id = vl.server_build_id
        WHERE NOT r.excluded
          AND (@scenario::text IS NULL OR sc.name = @scenario::text)
          AND (@variant::text IS NULL OR c.variant = @variant::text)
          AND (@prompt::text IS NULL OR c.prompt = @prompt::text)
        ORDER BY cr.case_id, m.id, r.started_at
        """;

    public async Task<IReadOnlyList<HistoryPoint>> PointsAsync(SampleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Sql, new { filter.Scenario, filter.Variant, filter.Prompt }, cancellationToken: cancellationToken));
        return rows.Select(r => new HistoryPoint(
                new CaseKey(r.Scenario, r.Variant, r.Prompt, r.Thinking, r.Machine),
                r.RunId, new DateTimeOffset(DateTime.SpecifyKind(r.StartedAt, DateTimeKind.Utc)), r.Commit, r.BuildInfo, r.TgMedian, r.Samples))
            .OrderBy(p => p.Key, CaseKeyOrder.Instance)
            .ToList();
    }

    private sealed record Row(
        string Scenario, string Variant, string Prompt, bool? Thinking, string Machine, string RunId, DateTime StartedAt,
        string? Commit, string? BuildInfo, double TgMedian, int Samples);
}
