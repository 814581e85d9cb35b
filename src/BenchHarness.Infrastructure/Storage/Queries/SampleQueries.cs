using BenchHarness.Comparison;
using BenchHarness.Selection;
using Dapper;

namespace BenchHarness.Storage.Queries;

/// <summary>Reads the samples one side of a comparison selects, grouped by <see cref="CaseKey"/>.</summary>
public sealed class SampleQueries(BenchDatabase database)
{
    private const string MeasuredSamples =
        """
        SELECT sc.name AS Scenario, c.variant AS Variant, c.prompt AS Prompt, c.thinking AS Thinking,
               c.depth AS Depth, c.concurrency AS Concurrency,
               m.fingerprint AS Machine, r.run_id AS RunId, c.launch_key AS LaunchKey, s.tg AS Tg, s.pp AS Pp,
               s.variant_launch_id AS StartId, r.started_at AS StartedAt
        FROM sample s
        JOIN run r         ON r.id = s.run_id
        JOIN machine m     ON m.id = r.machine_id
        JOIN bench_case c  ON c.id = s.case_id
        JOIN scenario sc   ON sc.id = c.scenario_id
        WHERE s.run_id = ANY(@runKeys) AND NOT s.warmup AND s.error IS NULL
          AND (@variant::text IS NULL OR c.variant = @variant::text)
          AND (@prompt::text IS NULL OR c.prompt = @prompt::text)
        ORDER BY r.started_at, s.variant_launch_id, s.repeat_index
        """;

    /// <summary>The run ids a selector matches (after the scenario filter).</summary>
    public async Task<IReadOnlyList<string>> RunIdsAsync(RunSelector selector, SampleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var keys = await RunSelection.RunKeysAsync(connection, selector, filter.Scenario, cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT run_id FROM run WHERE id = ANY(@keys) ORDER BY started_at", new { keys }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    /// <summary>The server commits of the launches of the runs a selector matches that measured a sample.</summary>
    public async Task<IReadOnlyList<string>> CommitsAsync(RunSelector selector, SampleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var runKeys = await RunSelection.RunKeysAsync(connection, selector, filter.Scenario, cancellationToken);
        var commits = await connection.QueryAsync<string?>(new CommandDefinition(
            """
            SELECT DISTINCT b.commit
            FROM variant_launch l
            JOIN server_build b ON b.id = l.server_build_id
            WHERE l.run_id = ANY(@runKeys)
              AND (@variant::text IS NULL OR l.variant = @variant::text)
              AND EXISTS (SELECT 1 FROM sample s WHERE s.run_id = l.run_id AND s.variant_launch_id = l.id AND NOT s.warmup AND s.error IS NULL)
            """,
            new { runKeys, filter.Variant },
            cancellationToken: cancellationToken));
        return ComparedBuilds.Distinct(commits);
    }

    public async Task<IReadOnlyList<CaseSamples>> CaseSamplesAsync(RunSelector selector, SampleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var runKeys = await RunSelection.RunKeysAsync(connection, selector, filter.Scenario, cancellationToken);
        if (runKeys.Length == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<SampleRow>(new CommandDefinition(
            MeasuredSamples, new { runKeys, filter.Variant, filter.Prompt }, cancellationToken: cancellationToken));
        return rows
            .GroupBy(row => new CaseKey(row.Scenario, row.Variant, row.Prompt, row.Thinking, row.Machine, row.Depth, row.Concurrency))
            .Select(group => new CaseSamples(
                group.Key,
                group.Select(r => r.Tg).ToList(),
                group.Select(r => r.Pp).ToList(),
                group.Select(r => r.RunId).Distinct().ToList(),
                group.Select(r => r.LaunchKey).Distinct().ToList())
            {
                Starts = group.Select(r => new SampleStart(r.StartId, RunQueries.Utc(r.StartedAt))).ToList(),
            })
            .OrderBy(c => c.Key, CaseKeyOrder.Instance)
            .ToList();
    }

    private sealed record SampleRow(
        string Scenario, string Variant, string Prompt, bool? Thinking, int Depth, int Concurrency, string Machine, string RunId, string LaunchKey, double Tg, double Pp, long StartId, DateTime StartedAt);
}
