using System.Text;
using System.Text.Json;
using BenchHarness.Gguf;
using BenchHarness.Logs;
using BenchHarness.Running;
using BenchHarness.Scenarios;
using BenchHarness.Tests.Scenarios;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Fuzz;

/// <summary>
/// Seeded mutation fuzzing of the readers of hostile input, starting from real inputs: the repository's
/// scenarios, the captured server logs, a GGUF written by the project's writer and a captured SSE stream.
/// Every input ends in a result or the reader's own error, within bounded time and memory.
/// </summary>
public sealed class ReaderFuzzSpecs
{
    private const int Seed = 20261201;

    [Fact]
    public void Mutated_scenario_files_load_or_fail_with_an_input_error()
    {
        var root = RepositoryFiles.Path("scenarios");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => "scenarios/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
        var corpus = files.Keys.Where(k => k.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        FuzzHarness.Run<(string Path, string Text), InputException>(Seed, 1500, [.. corpus.Select(p => (p, files[p]))],
            (mutator, input) => (input.Path, mutator.Mutate(input.Text)),
            input => ScenarioLoader.Load(input.Path, [], new InMemoryScenarioFiles(new Dictionary<string, string>(files) { [input.Path] = input.Text })));
    }

    [Fact]
    public void Mutated_server_logs_always_parse_and_write_as_json()
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "logs"), "*.log").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Chunk(40).Select(lines => string.Join('\n', lines)))
            .ToList();

        FuzzHarness.Run<string, NeverThrown>(Seed, 3000, corpus,
            (mutator, text) => mutator.Mutate(text),
            text => JsonSerializer.Serialize(LlamaLogReader.Parse(text.Split('\n')), JsonDefaults.Options));
    }

    [Fact]
    public void Mutated_gguf_headers_read_or_fail_with_an_input_error()
    {
        var model = Write(
            [
                Entry("general.architecture", GgufValue.Of("llama")),
                Entry("llama.block_count", GgufValue.Of(2u)),
                Entry("llama.expert_count", GgufValue.Of(4u)),
                Entry("tokenizer.ggml.tokens", GgufValue.Array(GgufValueType.String, ["<unk>", "<s>", "</s>", "a", "b"])),
                Entry("tokenizer.ggml.scores", GgufValue.Array(GgufValueType.Float32, [0f, 0f, 0f, -1f, -2f])),
                Entry("general.nested", GgufValue.Array(GgufValueType.Array, [new GgufArray(GgufValueType.Uint8, [(byte)1, (byte)2])])),
            ],
            Tensor("token_embd.weight", GgmlTypes.F16, 32, 5),
            Tensor("blk.0.ffn_up_exps.weight", GgmlTypes.Q8_0, 32, 8, 4),
            Tensor("blk.1.ffn_down_exps.weight", GgmlTypes.F32, 8, 32, 4));

        FuzzHarness.Run<byte[], InputException>(Seed, 3000, [model],
            (mutator, bytes) => mutator.Mutate(bytes),
            bytes => JsonSerializer.Serialize(GgufModelSummarizer.Summarize(GgufModel.FromShards([Read(bytes, "fuzz.gguf")])), JsonDefaults.Options));
    }

    [Fact]
    public void Mutated_event_streams_accumulate_or_fail_with_invalid_data()
    {
        var captured = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "runs", "llama-cpp-stream.sse"));
        var reasoning = """
            data: {"choices":[{"index":0,"delta":{"reasoning_content":"Let"}}],"usage":{"prompt_tokens":5,"completion_tokens":2,"completion_tokens_details":{"reasoning_tokens":1}}}

            data: {"choices":[{"index":0,"delta":{"content":"OK"},"finish_reason":"stop"}],"timings":{"prompt_n":5,"prompt_ms":1.5,"predicted_n":2,"predicted_ms":3.25,"predicted_per_second":615.4}}

            data: [DONE]
            """;

        FuzzHarness.Run<string, InvalidDataException>(Seed, 3000, [captured, reasoning],
            (mutator, text) => mutator.Mutate(text),
            text =>
            {
                var accumulator = new ChatStreamAccumulator();
                var at = 0.0;
                foreach (var line in text.Split('\n'))
                {
                    accumulator.AddLine(line, at += 1.5);
                }

                JsonSerializer.Serialize(accumulator.Complete(at), JsonDefaults.Options);
            });
    }

    /// <summary>The log reader has no error of its own: every line is either understood or skipped.</summary>
    private sealed class NeverThrown : Exception;
}
