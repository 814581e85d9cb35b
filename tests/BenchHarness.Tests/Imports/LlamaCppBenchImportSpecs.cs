using System.Text.Json;
using BenchHarness.Imports;
using BenchHarness.Results;

namespace BenchHarness.Tests.Imports;

/// <summary>
/// Real output of the pinned llama-bench (llama.cpp de3ff81, <c>-p 16 -n 8 -r 3 -t 1</c>) in its four formats:
/// json and jsonl keep every repetition, csv and sql only the averages.
/// </summary>
public sealed class LlamaCppBenchImportSpecs
{
    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "llama-bench", name);

    private static RunResult Import(string name) =>
        BenchOutputImport.Read(File.ReadAllText(PathOf(name)), PathOf(name), DateTimeOffset.UnixEpoch, "test", null);

    [Theory]
    [InlineData("de3ff81.json")]
    [InlineData("de3ff81.jsonl")]
    public void Json_and_jsonl_repetitions_become_samples_with_the_printed_rates(string name)
    {
        var run = Import(name);
        var tests = Tests(name);

        var samples = Assert.Single(run.Variants).Samples;
        foreach (var test in tests)
        {
            var prompt = test.GetProperty("n_prompt").GetInt32();
            var rates = test.GetProperty("samples_ts").EnumerateArray().Select(v => v.GetDouble()).ToList();
            var mine = samples.Where(s => s.Prompt == LlamaBenchTestReader.TestName(prompt, test.GetProperty("n_gen").GetInt32())).ToList();
            Assert.Equal(rates, mine.Select(s => prompt > 0 ? s.PromptTokensPerSecond : s.GenerationTokensPerSecond));
            Assert.All(mine, s => Assert.False(s.AggregateOnly));
        }
    }

    [Theory]
    [InlineData("de3ff81.csv")]
    [InlineData("de3ff81.sql")]
    public void Csv_and_sql_rows_are_one_aggregate_only_sample_each(string name)
    {
        var samples = Assert.Single(Import(name).Variants).Samples;

        Assert.Equal(["pp16", "tg8"], samples.Select(s => s.Prompt));
        Assert.All(samples, s => Assert.True(s.AggregateOnly));
        Assert.Equal(16, samples[0].PromptTokens);
        Assert.True(samples[0].PromptTokensPerSecond > 0);
        Assert.Equal(8, samples[1].GeneratedTokens);
        Assert.True(samples[1].GenerationTokensPerSecond > 0);
    }

    [Fact]
    public void Every_format_of_one_build_names_the_same_variant_build_and_machine()
    {
        var runs = new[] { "de3ff81.json", "de3ff81.jsonl", "de3ff81.csv", "de3ff81.sql" }.Select(Import).ToList();

        Assert.Single(runs.Select(r => r.Variants[0].Name).Distinct());
        Assert.Single(runs.Select(r => r.Host.Fingerprint).Distinct());
        Assert.All(runs, r => Assert.Equal("de3ff81", r.Variants[0].Build!.Commit));
        Assert.StartsWith("test-moe ", runs[0].Variants[0].Name, StringComparison.Ordinal);
        Assert.Equal(4, runs.Select(r => r.RunId).Distinct().Count());
    }

    [Fact]
    public void The_csv_average_is_the_printed_avg_ts()
    {
        var header = File.ReadLines(PathOf("de3ff81.csv")).First().Split(',');
        var first = File.ReadLines(PathOf("de3ff81.csv")).Skip(1).First().Split(',').Select(v => v.Trim('"')).ToArray();
        var printed = double.Parse(first[Array.IndexOf(header, "avg_ts")], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(printed, Import("de3ff81.csv").Variants[0].Samples[0].PromptTokensPerSecond);
    }

    private static IReadOnlyList<JsonElement> Tests(string name)
    {
        var text = File.ReadAllText(PathOf(name));
        return name.EndsWith(".jsonl", StringComparison.Ordinal)
            ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList()
            : JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
    }
}
