using BenchHarness.Comparison;
using BenchHarness.Comparison.History;
using BenchHarness.Results;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace BenchHarness.StorageBenchmark;

/// <summary>
/// The store as it was before migration 0002, kept here only so the benchmark measures both in the same run: a
/// schema at version 1 (the partial covering index on sample), one COPY per variant awaiting every value, and
/// history aggregating every sample. Runs and cases are written with today's statements, which 0002 left alone.
/// </summary>
internal sealed class LegacyStore(string connectionString)
{
    private const string Copy =
        """
        COPY sample (run_id, case_id, variant_launch_id, repeat_index, warmup, prompt_tokens, generated_tokens,
                     reasoning_tokens, cached_tokens, prompt_ms, generation_ms, ttft_ms, tg, pp, tg_formula, error, at)
        FROM STDIN (FORMAT BINARY)
        """;

    public const string HistorySql =
        """
        SELECT sc.name AS Scenario, c.variant AS Variant, c.prompt AS Prompt, c.thinking AS Thinking,
               m.fingerprint AS Machine, r.run_id AS RunId, r.started_at AS StartedAt,
               b.commit AS Commit, b.build_info AS BuildInfo,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY s.tg) AS TgMedian, count(*)::int AS Samples
        FROM sample s
        JOIN run r              ON r.id = s.run_id
        JOIN machine m          ON m.id = r.machine_id
        JOIN bench_case c       ON c.id = s.case_id
        JOIN scenario sc        ON sc.id = c.scenario_id
        JOIN variant_launch vl  ON vl.id = s.variant_launch_id
        LEFT JOIN server_build b ON b.id = vl.server_build_id
        WHERE NOT s.warmup AND s.error IS NULL AND NOT r.excluded
          AND (@scenario::text IS NULL OR sc.name = @scenario::text)
          AND (@variant::text IS NULL OR c.variant = @variant::text)
          AND (@prompt::text IS NULL OR c.prompt = @prompt::text)
        GROUP BY sc.name, c.variant, c.prompt, c.thinking, m.fingerprint, r.id, r.run_id, r.started_at, b.commit, b.build_info
        ORDER BY sc.name, c.variant, c.prompt, c.thinking, m.fingerprint, r.started_at
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await SchemaMigrator.MigrateAsync(connection, cancellationToken, upToVersion: 1);
    }

    public async Task SaveAsync(RunResult run, CancellationToken cancellationToken)
    {
        var contentHash = RunContentHash.Of(run);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new RunRowWriter(connection, transaction, cancellationToken);
        var scenarioKey = await rows.ScenarioAsync(run);
        var machineKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO machine (fingerprint, cpu_model, cores, memory_mib, gpus) VALUES (@Fingerprint, @CpuModel, @Cores, @MemoryMib, '{}')
            ON CONFLICT (fingerprint) DO UPDATE SET cpu_model = EXCLUDED.cpu_model RETURNING id
            """, new { run.Host.Fingerprint, run.Host.CpuModel, run.Host.Cores, run.Host.MemoryMib }, transaction, cancellationToken: cancellationToken));
        var runKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO run (run_id, label, reason, started_at, finished_at, harness_version, status, hostname, machine_id, scenario_id, content_hash)
            VALUES (@RunId, @Label, @Reason, @StartedAt, @FinishedAt, @HarnessVersion, 'completed', @Hostname, @machineKey, @scenarioKey, @contentHash)
            RETURNING id
            """,
            new
            {
                run.RunId,
                run.Label,
                run.Reason,
                StartedAt = run.StartedAt.ToUniversalTime(),
                FinishedAt = run.FinishedAt?.ToUniversalTime(),
                run.HarnessVersion,
                run.Host.Hostname,
                machineKey,
                scenarioKey,
                contentHash,
            },
            transaction, cancellationToken: cancellationToken));
        foreach (var variant in run.Variants)
        {
            var launchKey = await rows.InsertVariantLaunchAsync(runKey, variant);
            var caseKeys = await rows.CasesAsync(scenarioKey, variant);
            await CopyAsync(connection, runKey, launchKey, variant.Samples, caseKeys, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<HistoryPoint>> HistoryAsync(SampleFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            HistorySql, new { filter.Scenario, filter.Variant, filter.Prompt }, cancellationToken: cancellationToken));
        return rows.Select(r => new HistoryPoint(
                new CaseKey(r.Scenario, r.Variant, r.Prompt, r.Thinking, r.Machine),
                r.RunId, new DateTimeOffset(DateTime.SpecifyKind(r.StartedAt, DateTimeKind.Utc)), r.Commit, r.BuildInfo, r.TgMedian, r.Samples))
            .ToList();
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    // The previous SampleCopy: every value awaited.
    private static async Task CopyAsync(
        NpgsqlConnection connection, long runId, long launchId, IEnumerable<Sample> samples,
        IReadOnlyDictionary<CaseCoordinates, long> caseIds, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var sample in samples)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(caseIds[CaseCoordinates.Of(sample)], NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(launchId, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(sample.Repeat, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(sample.Warmup, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(sample.PromptTokens, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(sample.GeneratedTokens, NpgsqlDbType.Integer, cancellationToken);
            await NullableAsync(writer, sample.ReasoningTokens, NpgsqlDbType.Integer, cancellationToken);
            await NullableAsync(writer, sample.CachedTokens, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(sample.PromptMs, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(sample.GenerationMs, NpgsqlDbType.Double, cancellationToken);
            await NullableAsync(writer, sample.TtftMs, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(sample.GenerationTokensPerSecond, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(sample.PromptTokensPerSecond, NpgsqlDbType.Double, cancellationToken);
            await TextAsync(writer, sample.TgFormula, cancellationToken);
            await TextAsync(writer, sample.Error, cancellationToken);
            await writer.WriteAsync(sample.At.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task NullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? writer.WriteAsync(present, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    private static Task TextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private sealed record HistoryRow(
        string Scenario, string Variant, string Prompt, bool? Thinking, string Machine, string RunId, DateTime StartedAt,
        string? Commit, string? BuildInfo, double TgMedian, int Samples);
}
