using BenchHarness.Results;
using Dapper;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>
/// Stores whole runs, idempotently by run id: identical content is skipped, changed content (a run saved while
/// <c>running</c> and later completed, or re-imported after an edit) replaces the stored run in one transaction.
/// Marks set on the stored run (excluded, accepted) survive a replacement. Samples go in one binary COPY per run,
/// and each case's medians into <c>case_run</c> for history, in the same transaction.
/// </summary>
public sealed class RunStore(BenchDatabase database)
{
    // Two-int advisory keys live apart from the migrator's bigint key.
    private const int RunLockClass = 0x62656e;

    public async Task<SaveOutcome> SaveAsync(RunResult run, CancellationToken cancellationToken)
    {
        // The hash serialises every sample as JSON: on another core while the server takes the COPY.
        var hashing = Task.Run(() => RunContentHash.Of(run), cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@lockClass, hashtext(@runId))",
            new { lockClass = RunLockClass, runId = run.RunId }, transaction, cancellationToken: cancellationToken));

        var existing = await connection.QuerySingleOrDefaultAsync<ExistingRun>(new CommandDefinition(
            """
            SELECT id, content_hash AS ContentHash, excluded, excluded_reason AS ExcludedReason,
                   accepted, accepted_reason AS AcceptedReason, marked_at AS MarkedAt
            FROM run WHERE run_id = @runId
            """,
            new { runId = run.RunId }, transaction, cancellationToken: cancellationToken));
        if (existing is not null && existing.ContentHash == await hashing)
        {
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Unchanged;
        }

        if (existing is not null)
        {
            // Samples carry no foreign key (see 0001_initial.sql), so they go first, then the run with its launches.
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM sample WHERE run_id = @Id; DELETE FROM run WHERE id = @Id", existing, transaction, cancellationToken: cancellationToken));
        }

        var rows = new RunRowWriter(connection, transaction, cancellationToken);
        var scenarioKey = await rows.ScenarioAsync(run);
        var runKey = await rows.InsertRunAsync(run, scenarioKey, existing?.Marks ?? RunMarks.None);
        var variants = new List<StoredVariantRows>();
        foreach (var variant in run.Variants)
        {
            var launchKey = await rows.InsertVariantLaunchAsync(runKey, variant);
            variants.Add(new StoredVariantRows(launchKey, await rows.CasesAsync(scenarioKey, variant), variant.Samples));
        }

        await SampleCopy.WriteAsync(connection, runKey, variants, cancellationToken);
        await CaseRunWriter.WriteAsync(connection, transaction, runKey, variants, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE run SET content_hash = @hash WHERE id = @runKey", new { hash = await hashing, runKey }, transaction, cancellationToken: cancellationToken));

        await transaction.CommitAsync(cancellationToken);
        return existing is null ? SaveOutcome.Inserted : SaveOutcome.Replaced;
    }

    private sealed record ExistingRun(
        long Id, string ContentHash, bool Excluded, string? ExcludedReason, bool Accepted, string? AcceptedReason, DateTime? MarkedAt)
    {
        public RunMarks Marks => new(Excluded, ExcludedReason, Accepted, AcceptedReason, MarkedAt);
    }
}
