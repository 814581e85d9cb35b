using Dapper;

namespace BenchHarness.Storage.Queries;

/// <summary>Lists stored runs.</summary>
public sealed class RunQueries(BenchDatabase database)
{
    private const string Sql =
        """
        SELECT r.run_id AS RunId, r.label AS Label, r.reason AS Reason, r.status AS Status,
               r.started_at AS StartedAt, r.finished_at AS FinishedAt, sc.name AS Scenario, m.fingerprint AS Machine,
               (SELECT string_agg(DISTINCT coalesce(b.commit, b.build_info), ',')
                  FROM variant_launch vl JOIN server_build b ON b.id = vl.server_build_id
                 WHERE vl.run_id = r.id) AS Commits,
               (SELECT count(*) FROM sample s WHERE s.run_id = r.id) AS Samples,
               r.excluded AS Excluded, r.accepted AS Accepted, coalesce(r.excluded_reason, r.accepted_reason) AS MarkReason
        FROM run r
        JOIN scenario sc ON sc.id = r.scenario_id
        JOIN machine m   ON m.id = r.machine_id
        WHERE (@scenario::text IS NULL OR sc.name = @scenario::text)
          AND (@label::text IS NULL OR r.label = @label::text)
          AND (@runId::text IS NULL OR r.run_id = @runId::text)
          AND (@commit::text IS NULL OR EXISTS (
                SELECT 1 FROM variant_launch vl JOIN server_build b ON b.id = vl.server_build_id
                 WHERE vl.run_id = r.id AND length(b.commit) >= 4
                   AND (starts_with(b.commit, @commit::text) OR starts_with(@commit::text, b.commit))))
        ORDER BY r.started_at DESC
        LIMIT @limit
        """;

    public async Task<IReadOnlyList<RunSummary>> ListAsync(RunFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Sql,
            new { filter.Scenario, filter.Label, filter.RunId, Commit = filter.Commit?.ToLowerInvariant(), filter.Limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new RunSummary(
                r.RunId, r.Label, r.Reason, r.Status, Utc(r.StartedAt), r.FinishedAt is { } f ? Utc(f) : null,
                r.Scenario, r.Machine, r.Commits, r.Samples, r.Excluded, r.Accepted, r.MarkReason))
            .ToList();
    }

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record Row(
        string RunId, string? Label, string Reason, string Status, DateTime StartedAt, DateTime? FinishedAt,
        string Scenario, string Machine, string? Commits, long Samples, bool Excluded, bool Accepted, string? MarkReason);
}
