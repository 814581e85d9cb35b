using BenchHarness.Results;
using Npgsql;
using NpgsqlTypes;

namespace BenchHarness.Storage;

/// <summary>Writes samples with binary COPY: the fast path for the millions of rows nightly sweeps produce.</summary>
internal static class SampleCopy
{
    private const string Command =
        """
        COPY sample (run_id, case_id, variant_launch_id, repeat_index, warmup, prompt_tokens, generated_tokens,
                     reasoning_tokens, cached_tokens, prompt_ms, generation_ms, ttft_ms, tg, pp, tg_formula, error, at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(
        NpgsqlConnection connection,
        long runId,
        long variantLaunchId,
        IEnumerable<Sample> samples,
        IReadOnlyDictionary<(string Prompt, bool? Thinking), long> caseIds,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(Command, cancellationToken);
        foreach (var sample in samples)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(caseIds[(sample.Prompt, sample.Thinking)], NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(variantLaunchId, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(sample.Repeat, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(sample.Warmup, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(sample.PromptTokens, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(sample.GeneratedTokens, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(writer, sample.ReasoningTokens, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(writer, sample.CachedTokens, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(sample.PromptMs, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(sample.GenerationMs, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(writer, sample.TtftMs, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(sample.GenerationTokensPerSecond, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(sample.PromptTokensPerSecond, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(writer, sample.TgFormula, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, sample.Error, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(sample.At.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } present)
        {
            await writer.WriteAsync(present, type, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }
}
