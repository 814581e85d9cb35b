using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using Dapper;

namespace BenchHarness.Storage.Queries;

/// <summary>TG median per case and run, in time order: the data <c>bench history</c> plots and looks for steps in.</summary>
public sealed class HistoryQueries(BenchDatabase database)
{
    // One case_run row per case and run (migration 0002): no sample is read and nothing is aggregated here. A year of
    // every case is tens of thousands of points, so they travel as numbers and keys only, ordered by keys, not text;
    // the few hundred names (cases, runs, machines, builds) they point to follow in the same round trip.
    internal const string Sql =
        """
        SELECT cr.case_id AS CaseId, r.machine_id AS MachineId, cr.run_id AS RunKey, vl.server_build_id AS BuildId,
               cr.tg_median AS TgMedian, cr.measured AS Samples
        FROM case_run cr
        JOIN run r              ON r.id = cr.run_id
        JOIN bench_case c       ON c.id = cr.case_id
        JOIN scenario sc        ON sc.id = c.scenario_id
        JOIN variant_launch vl  ON vl.id = cr.variant_launch_id
        WHERE NOT r.excluded
          AND (@scenario::text IS NULL OR sc.name = @scenario::text)
          AND (@variant::text IS NULL OR c.variant = @variant::text)
          AND (@prompt::text IS NULL OR c.prompt = @prompt::text)
        ORDER BY cr.case_id, r.machine_id, r.started_at
        """;

    private const string NamesSql =
        """
        SELECT c.id AS Id, sc.name AS Scenario, c.variant AS Variant, c.prompt AS Prompt, c.thinking AS Thinking,
               c.depth AS Depth, c.concurrency AS Concurrency
        FROM bench_case c JOIN scenario sc ON sc.id = c.scenario_id WHERE c.id = ANY(@caseIds);
        SELECT id AS Id, run_id AS RunId, started_at AS StartedAt FROM run WHERE id = ANY(@runKeys);
        SELECT id AS Id, fingerprint AS Fingerprint FROM machine WHERE id = ANY(@machineIds);
        SELECT id AS Id, commit AS Commit, build_info AS BuildInfo FROM server_build WHERE id = ANY(@buildIds);
        """;

    public async Task<IReadOnlyList<HistoryPoint>> PointsAsync(SampleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(
            Sql, new { filter.Scenario, filter.Variant, filter.Prompt }, cancellationToken: cancellationToken))).AsList();
        if (rows.Count == 0)
        {
            return [];
        }

        var keys = new
        {
            caseIds = rows.Select(r => r.CaseId).Distinct().ToArray(),
            runKeys = rows.Select(r => r.RunKey).Distinct().ToArray(),
            machineIds = rows.Select(r => r.MachineId).Distinct().ToArray(),
            buildIds = rows.Where(r => r.BuildId is not null).Select(r => r.BuildId!.Value).Distinct().ToArray(),
        };
        await using var names = await connection.QueryMultipleAsync(new CommandDefinition(NamesSql, keys, cancellationToken: cancellationToken));
        var cases = (await names.ReadAsync<CaseRow>()).ToDictionary(c => c.Id);
        var runs = (await names.ReadAsync<RunRow>()).ToDictionary(r => r.Id);
        var machines = (await names.ReadAsync<MachineRow>()).ToDictionary(m => m.Id, m => m.Fingerprint);
        var builds = (await names.ReadAsync<BuildRow>()).ToDictionary(b => b.Id);
        return rows.Select(r =>
            {
                var c = cases[r.CaseId];
                var run = runs[r.RunKey];
                var build = r.BuildId is { } id ? builds[id] : null;
                return new HistoryPoint(
                    new CaseKey(c.Scenario, c.Variant, c.Prompt, c.Thinking, machines[r.MachineId], c.Depth, c.Concurrency),
                    run.RunId, RunQueries.Utc(run.StartedAt), build?.Commit, build?.BuildInfo, r.TgMedian, r.Samples);
            })
            .OrderBy(p => p.Key, CaseKeyOrder.Instance)
            .ToList();
    }

    private sealed record Row(long CaseId, long MachineId, long RunKey, long? BuildId, double TgMedian, int Samples);

    private sealed record CaseRow(long Id, string Scenario, string Variant, string Prompt, bool? Thinking, int Depth, int Concurrency);

    private sealed record RunRow(long Id, string RunId, DateTime StartedAt);

    private sealed record MachineRow(long Id, string Fingerprint);

    private sealed record BuildRow(long Id, string? Commit, string? BuildInfo);
}
