using BenchHarness.Selection;
using Dapper;
using Npgsql;

namespace BenchHarness.Storage.Queries;

/// <summary>
/// Turns a <see cref="RunSelector"/> into stored runs. Excluded runs are only found by their exact run id.
/// A run id wins over a label of the same text; <c>accepted</c> is the newest accepted, non-excluded run; <c>commit:</c> matches when either commit is a prefix of the other.
/// </summary>
internal static class RunSelection
{
    private const string Base =
        """
        SELECT r.id FROM run r JOIN scenario sc ON sc.id = r.scenario_id
        WHERE (@scenario::text IS NULL OR sc.name = @scenario::text)
        """;

    private const string ByIdOrLabel = Base +
        """
          AND (r.run_id = @value
               OR (r.label = @value AND NOT r.excluded AND NOT EXISTS (SELECT 1 FROM run x WHERE x.run_id = @value)))
        """;

    private const string ByCommit = Base +
        """
          AND NOT r.excluded
          AND EXISTS (SELECT 1 FROM variant_launch vl JOIN server_build b ON b.id = vl.server_build_id
                      WHERE vl.run_id = r.id AND length(b.commit) >= 4
                        AND (starts_with(b.commit, @value) OR starts_with(@value, b.commit)))
        """;

    private const string Latest = Base +
        """
          AND NOT r.excluded AND r.status = 'completed'
        ORDER BY r.started_at DESC LIMIT 1
        """;

    // The selector's own scenario (accepted:SCENARIO) narrows like --scenario; both must hold when both are given.
    private const string Accepted = Base +
        """
          AND r.accepted AND NOT r.excluded
          AND (@value = '' OR sc.name = @value)
        ORDER BY r.started_at DESC LIMIT 1
        """;

    public static async Task<long[]> RunKeysAsync(
        NpgsqlConnection connection, RunSelector selector, string? scenario, CancellationToken cancellationToken)
    {
        var sql = selector.Kind switch
        {
            RunSelectorKind.Commit => ByCommit,
            RunSelectorKind.Latest => Latest,
            RunSelectorKind.Accepted => Accepted,
            _ => ByIdOrLabel,
        };
        var keys = await connection.QueryAsync<long>(new CommandDefinition(
            sql, new { scenario, value = selector.Value }, cancellationToken: cancellationToken));
        return keys.ToArray();
    }
}
