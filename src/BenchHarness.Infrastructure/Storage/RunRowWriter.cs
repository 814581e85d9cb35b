using System.Text.Json;
using BenchHarness.Results;
using Dapper;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>Writes a run's rows other than samples, finding or creating the shared machine, scenario, build and case rows.</summary>
internal sealed class RunRowWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    /// <summary>The run row; its <c>content_hash</c> is set by the store once the hash is done, within the same transaction.</summary>
    public async Task<long> InsertRunAsync(RunResult run, long scenarioId, RunMarks marks)
    {
        var machineId = await MachineAsync(run.Host);
        return await ScalarAsync(
            """
            INSERT INTO run (run_id, label, reason, started_at, finished_at, harness_version, status,
                             excluded, excluded_reason, accepted, accepted_reason, marked_at,
                             hostname, machine_id, scenario_id, content_hash)
            VALUES (@RunId, @Label, @Reason, @StartedAt, @FinishedAt, @HarnessVersion, @Status,
                    @Excluded, @ExcludedReason, @Accepted, @AcceptedReason, @MarkedAt,
                    @Hostname, @machineId, @scenarioId, '')
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
                Status = StoredNames.Of(run.Status),
                marks.Excluded,
                marks.ExcludedReason,
                marks.Accepted,
                marks.AcceptedReason,
                marks.MarkedAt,
                run.Host.Hostname,
                machineId,
                scenarioId,
            });
    }

    public Task<long> ScenarioAsync(RunResult run) => ScalarAsync(
        """
        INSERT INTO scenario (name, content_hash) VALUES (@Scenario, @ScenarioHash)
        ON CONFLICT ON CONSTRAINT scenario_identity DO UPDATE SET name = EXCLUDED.name
        RETURNING id
        """,
        new { run.Scenario, run.ScenarioHash });

    public async Task<long> InsertVariantLaunchAsync(long runId, VariantResult variant)
    {
        var buildId = KnownBuild(variant) is { } build ? await ServerBuildAsync(build) : (long?)null;
        return await ScalarAsync(
            """
            INSERT INTO variant_launch (run_id, variant, status, launch, startup, load_ms, failure, server_build_id, placement_check, placement_differs,
                                        server_metrics, metrics_disagree)
            VALUES (@runId, @Name, @Status, @Launch::jsonb, @Startup::jsonb, @LoadMs, @Failure, @buildId, @PlacementCheck::jsonb, @PlacementDiffers,
                    @ServerMetrics::jsonb, @MetricsDisagree)
            RETURNING id
            """,
            new
            {
                runId,
                variant.Name,
                Status = StoredNames.Of(variant.Status),
                Launch = JsonSerializer.Serialize(variant.Launch, JsonDefaults.Options),
                Startup = variant.Startup is null ? null : JsonSerializer.Serialize(variant.Startup, JsonDefaults.Options),
                variant.LoadMs,
                variant.Failure,
                buildId,
                PlacementCheck = variant.PlacementCheck is null ? null : JsonSerializer.Serialize(variant.PlacementCheck, JsonDefaults.Options),
                PlacementDiffers = variant.PlacementCheck?.Differs,
                ServerMetrics = variant.ServerMetrics is null ? null : JsonSerializer.Serialize(variant.ServerMetrics, JsonDefaults.Options),
                MetricsDisagree = variant.ServerMetrics?.Check?.Disagrees,
            });
    }

    /// <summary>The case row of every measured case (prompt, thinking, depth, concurrency) of the variant; one statement per variant.</summary>
    public async Task<IReadOnlyDictionary<CaseCoordinates, long>> CasesAsync(long scenarioId, VariantResult variant)
    {
        var cases = variant.Samples.Select(CaseCoordinates.Of).Distinct().ToList();
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            """
            INSERT INTO bench_case (scenario_id, variant, prompt, thinking, depth, concurrency, launch_key)
            SELECT @scenarioId, @variant, measured.prompt, measured.thinking, measured.depth, measured.concurrency, @launchKey
            FROM unnest(@prompts::text[], @thinking::boolean[], @depths::int[], @concurrency::int[])
                AS measured (prompt, thinking, depth, concurrency)
            ON CONFLICT ON CONSTRAINT bench_case_identity DO UPDATE SET variant = EXCLUDED.variant
            RETURNING id AS Id, prompt AS Prompt, thinking AS Thinking, depth AS Depth, concurrency AS Concurrency
            """,
            new
            {
                scenarioId,
                variant = variant.Name,
                launchKey = LaunchKey.Of(variant.Launch),
                prompts = cases.Select(c => c.Prompt).ToArray(),
                thinking = cases.Select(c => c.Thinking).ToArray(),
                depths = cases.Select(c => c.Depth).ToArray(),
                concurrency = cases.Select(c => c.Concurrency).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
        return rows.ToDictionary(row => new CaseCoordinates(row.Prompt, row.Thinking, row.Depth, row.Concurrency), row => row.Id);
    }

    /// <summary>The reported build, completed from the log's build line or a response's fingerprint when the server did not say.</summary>
    private static ServerBuild? KnownBuild(VariantResult variant) =>
        ServerBuildSources.Complete(variant.Build, variant.Startup, variant.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null));

    private Task<long> MachineAsync(HostInfo host) => ScalarAsync(
        """
        INSERT INTO machine (fingerprint, cpu_model, cores, memory_mib, gpus)
        VALUES (@Fingerprint, @CpuModel, @Cores, @MemoryMib, @Gpus)
        ON CONFLICT (fingerprint) DO UPDATE SET cpu_model = EXCLUDED.cpu_model
        RETURNING id
        """,
        new { host.Fingerprint, host.CpuModel, host.Cores, host.MemoryMib, Gpus = host.Gpus.ToArray() });

    private Task<long> ServerBuildAsync(ServerBuild build)
    {
        var parsed = BuildVersion.TryParse(build.BuildInfo);
        return ScalarAsync(
            """
            INSERT INTO server_build (build_info, build_number, commit, image_digest)
            VALUES (@BuildInfo, @buildNumber, @commit, @ImageDigest)
            ON CONFLICT ON CONSTRAINT server_build_identity DO UPDATE SET build_number = EXCLUDED.build_number
            RETURNING id
            """,
            new
            {
                build.BuildInfo,
                buildNumber = parsed?.Number,
                commit = build.Commit?.ToLowerInvariant() ?? parsed?.Commit,
                build.ImageDigest,
            });
    }

    private sealed record CaseRow(long Id, string Prompt, bool? Thinking, int Depth, int Concurrency);

    private Task<long> ScalarAsync(string sql, object parameters) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}
