using Dapper;

namespace BenchHarness.Storage;

/// <summary>Marks stored runs: <c>accepted</c> (a baseline the <c>accepted</c> selector finds) or <c>excluded</c> (left out of every selector but its run id).</summary>
public sealed class RunMarking(BenchDatabase database)
{
    private const string AcceptSql =
        "UPDATE run SET accepted = true, accepted_reason = @reason, marked_at = now() WHERE run_id = @runId";

    private const string ExcludeSql =
        "UPDATE run SET excluded = true, excluded_reason = @reason, marked_at = now() WHERE run_id = @runId";

    private const string ClearSql =
        """
        UPDATE run SET accepted = false, accepted_reason = NULL, excluded = false, excluded_reason = NULL, marked_at = now()
        WHERE run_id = @runId
        """;

    /// <summary>Sets or clears the mark; false when no run has that id.</summary>
    public async Task<bool> MarkAsync(string runId, RunMark mark, string? reason, CancellationToken cancellationToken)
    {
        var sql = mark switch
        {
            RunMark.Accepted => AcceptSql,
            RunMark.Excluded => ExcludeSql,
            _ => ClearSql,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, new { runId, reason }, cancellationToken: cancellationToken));
        return changed == 1;
    }
}

public enum RunMark
{
    /// <summary>Neither accepted nor excluded.</summary>
    None,
    Accepted,
    Excluded,
}
