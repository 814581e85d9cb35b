using BenchHarness.Results;
using BenchHarness.Statistics;
using Dapper;
using Npgsql;

namespace BenchHarness.Storage;

/// <summary>
/// Writes one <c>case_run</c> row per case a run measured: the measured-sample count and the TG and PP medians
/// that <c>bench history</c> reads instead of every sample. Computed here from the samples in memory (the same
/// type-7 median as PostgreSQL's <c>percentile_cont(0.5)</c>), one statement per run.
/// </summary>
internal static class CaseRunWriter
{
    private const string Sql =
        """
        INSERT INTO case_run (run_id, case_id, variant_launch_id, measured, tg_median, pp_median)
        SELECT @runId, measured.case_id, measured.launch_id, measured.n, measured.tg, measured.pp
        FROM unnest(@caseIds::bigint[], @launchIds::bigint[], @counts::int[], @tg::float8[], @pp::float8[])
             AS measured (case_id, launch_id, n, tg, pp)
        """;

    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, IReadOnlyList<StoredVariantRows> variants,
        CancellationToken cancellationToken)
    {
        var cases = variants
            .SelectMany(v => v.Samples
                .Where(s => !s.Warmup && s.Error is null)
                .GroupBy(s => v.CaseIds[CaseCoordinates.Of(s)])
                .Select(g => (CaseId: g.Key, v.LaunchId, Tg: g.Select(s => s.GenerationTokensPerSecond).ToList(),
                              Pp: g.Select(s => s.PromptTokensPerSecond).ToList())))
            .ToList();
        if (cases.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            Sql,
            new
            {
                runId,
                caseIds = cases.Select(c => c.CaseId).ToArray(),
                launchIds = cases.Select(c => c.LaunchId).ToArray(),
                counts = cases.Select(c => c.Tg.Count).ToArray(),
                tg = cases.Select(c => Descriptive.Median(c.Tg)).ToArray(),
                pp = cases.Select(c => Descriptive.Median(c.Pp)).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
