using System.Globalization;
using BenchHarness.Results;

namespace BenchHarness.Imports;

/// <summary>
/// Turns one llama-bench row into a test and its samples. Each raw repetition (<c>samples_ns</c>, <c>samples_ts</c>:
/// json, jsonl) is a sample; a row without them (csv, sql, older builds) gives one sample of <c>avg_ns</c> /
/// <c>avg_ts</c> marked aggregate-only. A prompt test's rate is PP, a generation test's TG; a combined
/// <c>pp+tg</c> test's rate covers both phases, so it keeps its times and token counts and no rate. ik_llama.cpp's
/// rows differ (no <c>n_depth</c>, <c>override_tensor</c>, a <c>test</c> label): its <c>tg128@pp4096</c> is a
/// generation test at depth 4096.
/// </summary>
public static class LlamaBenchTestReader
{
    public static ImportedTest Read(BenchRow row, string source)
    {
        var fields = row.Fields;
        var prompt = Count(row, "n_prompt", source, required: true);
        var generated = Count(row, "n_gen", source, required: true);
        var depth = Count(row, "n_depth", source, required: false);
        if (fields.GetValueOrDefault("test") is { } label && label.StartsWith("tg", StringComparison.Ordinal) && label.Contains("@pp", StringComparison.Ordinal))
        {
            // ik_llama.cpp's "tg128@pp4096": generation after a prompt of n_prompt tokens, timed and rated on n_gen
            // alone. That is llama.cpp's tg128 at depth 4096.
            (depth, prompt) = (prompt, 0);
        }

        var at = Time(row, source);
        var setup = new ImportedSetup
        {
            BuildNumber = fields.GetValueOrDefault("build_number"),
            Commit = fields.GetValueOrDefault("build_commit"),
            CpuInfo = fields.GetValueOrDefault("cpu_info"),
            GpuInfo = fields.GetValueOrDefault("gpu_info"),
            ModelFile = fields.GetValueOrDefault("model_filename"),
            ModelType = fields.GetValueOrDefault("model_type"),
            Settings = LlamaBenchSettings.Of(fields),
        };

        if (row.SamplesNs.Count != row.SamplesTs.Count)
        {
            throw Error(source, row, "samples_ts", $"{row.SamplesTs.Count} rates for {row.SamplesNs.Count} times in samples_ns");
        }

        var measurements = row.SamplesTs.Count > 0
            ? row.SamplesNs.Zip(row.SamplesTs).Select(p => (Ns: p.First, Ts: p.Second)).ToList()
            : [(Ns: Amount(row, "avg_ns", source), Ts: Amount(row, "avg_ts", source))];
        var aggregate = row.SamplesTs.Count == 0;
        var name = TestName(prompt, generated);
        var samples = measurements.Select((m, repeat) => Sample(name, prompt, generated, depth, repeat, at, m.Ns, m.Ts, aggregate)).ToList();
        return new ImportedTest(row.Line, setup, samples);
    }

    /// <summary>llama-bench's own test names: <c>pp512</c>, <c>tg128</c>, <c>pp512+tg128</c>.</summary>
    public static string TestName(int prompt, int generated) => (prompt, generated) switch
    {
        ( > 0, 0) => $"pp{prompt}",
        (0, > 0) => $"tg{generated}",
        _ => $"pp{prompt}+tg{generated}",
    };

    private static Sample Sample(string name, int prompt, int generated, int depth, int repeat, DateTimeOffset at, double ns, double ts, bool aggregate)
    {
        var ms = ns / 1e6;
        var sample = new Sample { Prompt = name, Depth = depth, Repeat = repeat, At = at, AggregateOnly = aggregate, TgFormula = "n" };
        return (prompt, generated) switch
        {
            ( > 0, 0) => sample with { PromptTokens = prompt, PromptMs = ms, PromptTokensPerSecond = ts },
            (0, > 0) => sample with { GeneratedTokens = generated, GenerationMs = ms, GenerationTokensPerSecond = ts },
            _ => sample with { PromptTokens = prompt, GeneratedTokens = generated, TotalMs = ms },
        };
    }

    private static int Count(BenchRow row, string field, string source, bool required)
    {
        if (!row.Fields.TryGetValue(field, out var text))
        {
            return required ? throw Error(source, row, field, "missing") : 0;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(source, row, field, $"expected a whole number of tokens, got '{text}'");
    }

    private static double Amount(BenchRow row, string field, string source)
    {
        if (!row.Fields.TryGetValue(field, out var text))
        {
            throw Error(source, row, field, "missing (and the row has no samples_ts)");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? value
            : throw Error(source, row, field, $"expected a non-negative number, got '{text}'");
    }

    private static DateTimeOffset Time(BenchRow row, string source)
    {
        if (!row.Fields.TryGetValue("test_time", out var text))
        {
            throw Error(source, row, "test_time", "missing");
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw Error(source, row, "test_time", $"expected an ISO 8601 time, got '{text}'");
    }

    private static InputException Error(string source, BenchRow row, string field, string message) =>
        new([new InputError(source, row.Line, 1, field, message)]);
}
