using BenchHarness.Results;
using Npgsql;
using NpgsqlTypes;

namespace BenchHarness.Storage;

/// <summary>
/// Writes a run's samples with one binary COPY: the fast path for the millions of rows nightly sweeps produce.
/// Values go through the importer's synchronous writes: they only fill its buffer (the network is touched once per
/// buffer), and an awaited call per value cost more than the server's whole insert (17 million per million rows).
/// </summary>
internal static class SampleCopy
{
    private const string Command =
        """
        COPY sample (run_id, case_id, variant_launch_id, repeat_index, warmup, prompt_tokens, generated_tokens,
                     reasoning_tokens, cached_tokens, prompt_ms, generation_ms, ttft_ms, tg, pp, tg_formula, error, at,
                     lane, wall_ms, content_tokens, batch_tps, aggregate_only)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(
        NpgsqlConnection connection, long runId, IReadOnlyList<StoredVariantRows> variants, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(Command, cancellationToken);
        foreach (var variant in variants)
        {
            foreach (var sample in variant.Samples)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteRow(writer, runId, variant.LaunchId, variant.CaseIds[CaseCoordinates.Of(sample)], sample);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static void WriteRow(NpgsqlBinaryImporter writer, long runId, long launchId, long caseId, Sample sample)
    {
        writer.StartRow();
        writer.Write(runId, NpgsqlDbType.Bigint);
        writer.Write(caseId, NpgsqlDbType.Bigint);
        writer.Write(launchId, NpgsqlDbType.Bigint);
        writer.Write(sample.Repeat, NpgsqlDbType.Integer);
        writer.Write(sample.Warmup, NpgsqlDbType.Boolean);
        writer.Write(sample.PromptTokens, NpgsqlDbType.Integer);
        writer.Write(sample.GeneratedTokens, NpgsqlDbType.Integer);
        WriteNullable(writer, sample.ReasoningTokens, NpgsqlDbType.Integer);
        WriteNullable(writer, sample.CachedTokens, NpgsqlDbType.Integer);
        writer.Write(sample.PromptMs, NpgsqlDbType.Double);
        writer.Write(sample.GenerationMs, NpgsqlDbType.Double);
        WriteNullable(writer, sample.TtftMs, NpgsqlDbType.Double);
        writer.Write(sample.GenerationTokensPerSecond, NpgsqlDbType.Double);
        writer.Write(sample.PromptTokensPerSecond, NpgsqlDbType.Double);
        WriteNullable(writer, sample.TgFormula);
        WriteNullable(writer, sample.Error);
        writer.Write(sample.At.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        WriteNullable(writer, sample.Lane, NpgsqlDbType.Integer);
        WriteNullable(writer, sample.WallMs, NpgsqlDbType.Double);
        WriteNullable(writer, sample.ContentTokens, NpgsqlDbType.Integer);
        WriteNullable(writer, sample.BatchTokensPerSecond, NpgsqlDbType.Double);
        writer.Write(sample.AggregateOnly, NpgsqlDbType.Boolean);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            writer.Write(present, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Text);
        }
    }
}

/// <summary>One variant's samples with the keys its rows point to.</summary>
internal sealed record StoredVariantRows(long LaunchId, IReadOnlyDictionary<CaseCoordinates, long> CaseIds, IReadOnlyList<Sample> Samples);
