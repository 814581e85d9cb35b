using Dapper;

namespace BenchHarness.Storage.Queries;

/// <summary>Reads one whole stored run back, to show it or to check that the store kept every figure.</summary>
public sealed class StoredRunReader(BenchDatabase database)
{
    private const string Variants =
        """
        SELECT vl.variant AS Name, vl.status AS Status, vl.launch::text AS Launch, vl.startup::text AS Startup,
               vl.load_ms AS LoadMs, vl.failure AS Failure, b.build_info AS BuildInfo, b.build_number AS BuildNumber,
               b.commit AS Commit, b.image_digest AS ImageDigest
        FROM variant_launch vl
        JOIN run r ON r.id = vl.run_id
        LEFT JOIN server_build b ON b.id = vl.server_build_id
        WHERE r.run_id = @runId
        ORDER BY vl.id
        """;

    private const string Samples =
        """
        SELECT c.variant AS Variant, c.prompt AS Prompt, c.thinking AS Thinking, c.launch_key AS LaunchKey,
               s.repeat_index AS RepeatIndex, s.warmup AS Warmup, s.prompt_tokens AS PromptTokens,
               s.generated_tokens AS GeneratedTokens, s.reasoning_tokens AS ReasoningTokens, s.cached_tokens AS CachedTokens,
               s.prompt_ms AS PromptMs, s.generation_ms AS GenerationMs, s.ttft_ms AS TtftMs, s.tg AS Tg, s.pp AS Pp,
               s.tg_formula AS TgFormula, s.error AS Error, s.at AS At, s.aggregate_only AS AggregateOnly
        FROM sample s
        JOIN run r        ON r.id = s.run_id
        JOIN bench_case c ON c.id = s.case_id
        WHERE r.run_id = @runId
        ORDER BY s.variant_launch_id, c.prompt, c.thinking NULLS FIRST, s.warmup DESC, s.repeat_index
        """;

    public async Task<StoredRun?> ReadAsync(string runId, CancellationToken cancellationToken)
    {
        var summary = (await new RunQueries(database).ListAsync(new RunFilter(RunId: runId, Limit: 1), cancellationToken)).SingleOrDefault();
        if (summary is null)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var variants = await connection.QueryAsync<StoredVariant>(new CommandDefinition(Variants, new { runId }, cancellationToken: cancellationToken));
        var samples = await connection.QueryAsync<StoredSample>(new CommandDefinition(Samples, new { runId }, cancellationToken: cancellationToken));
        return new StoredRun(summary, variants.ToList(), samples.ToList());
    }
}
