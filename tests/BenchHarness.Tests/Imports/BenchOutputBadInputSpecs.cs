using BenchHarness.Imports;

namespace BenchHarness.Tests.Imports;

/// <summary>Broken llama-bench output is bad input whose message names the file, the line and the field.</summary>
public sealed class BenchOutputBadInputSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static InputError ErrorOf(string text) =>
        Assert.Single(Assert.Throws<InputException>(() => BenchOutputImport.Read(text, "bench.out", Now, "test", null)).Errors);

    [Fact]
    public void A_jsonl_row_with_a_word_for_n_prompt_names_line_and_field()
    {
        var error = ErrorOf(
            """
            {"build_commit": "de3ff81", "n_prompt": 16, "n_gen": 0, "test_time": "2026-12-01T03:00:00Z", "avg_ns": 1000000, "avg_ts": 16000.0}
            {"build_commit": "de3ff81", "n_prompt": "sixteen", "n_gen": 0, "test_time": "2026-12-01T03:00:01Z", "avg_ns": 1000000, "avg_ts": 16000.0}
            """);

        Assert.Equal(("bench.out", 2, "n_prompt"), (error.File, error.Line, error.Field));
        Assert.Contains("'sixteen'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_row_short_of_values_names_its_line()
    {
        var error = ErrorOf("build_commit,n_prompt,n_gen,test_time,avg_ns,avg_ts\n\"de3ff81\",\"16\",\"0\",\"2026-12-01T03:00:00Z\",\"1000000\",\"16000.0\"\n\"de3ff81\",\"16\"\n");

        Assert.Equal(("bench.out", 3), (error.File, error.Line));
        Assert.Contains("2 values for 6 fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_raw_samples_or_an_average_names_the_missing_field()
    {
        var error = ErrorOf("INSERT INTO llama_bench (build_commit, n_prompt, n_gen, test_time, avg_ns) VALUES ('de3ff81', '16', '0', '2026-12-01T03:00:00Z', '1000000');\n");

        Assert.Equal((1, "avg_ts"), (error.Line, error.Field));
    }

    [Fact]
    public void Text_that_is_no_known_output_says_what_was_expected()
    {
        var error = ErrorOf("| model | size | params | backend | threads | test | t/s |\n");

        Assert.Contains("llama-bench output (json, jsonl, csv, sql) or sweep-bench table", error.Message, StringComparison.Ordinal);
    }
}
