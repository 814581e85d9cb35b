using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Logs;
using BenchHarness.Memory;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// Small random-weight models of the two non-MLA families in the seed scenarios, built from the same shape records
/// as their header-only stand-ins: qwen3next (Gated DeltaNet layers with a recurrent state, every 4th layer full
/// attention) and gpt-oss (sliding-window and full layers). Layers go across the CPU and two RPC devices; each
/// variant's placement check compares the predicted KV and state with the KV and RS buffers the server reported.
/// </summary>
public sealed class HybridKvPlacementSpecs : IDisposable
{
    private readonly string folder = TestAssets.TempFolder("hybrid-kv");

    private static readonly long Vocab = ByteLevelVocabulary.Tokens.Count;

    private static readonly Qwen3NextShape TinyQwen3Next = new(
        "tiny-qwen3next", "BenchHarness tiny qwen3next", Blocks: 8, FullAttentionInterval: 4, Embd: 256, Vocab: Vocab, ContextLength: 4096,
        Heads: 4, KvHeads: 2, HeadDim: 64, RopeDim: 16, LinearKeyHeads: 2, LinearValueHeads: 8, LinearHeadDim: 128, ConvKernel: 4,
        Experts: 8, ExpertsUsed: 2, ExpertFf: 128, SharedFf: 128,
        ExpertType: "F16", ExpertDownType: "F16", MatrixType: "F16", EmbeddingType: "F16", OutputType: "F16");

    private static readonly GptOssShape TinyGptOss = new(
        "tiny-gpt-oss", "BenchHarness tiny gpt-oss", Blocks: 8, Embd: 256, Vocab: Vocab, ContextLength: 4096, Heads: 4, KvHeads: 2, HeadDim: 64,
        SlidingWindow: 128, Experts: 8, ExpertsUsed: 2, ExpertFf: 128, ExpertType: "F16", MatrixType: "F16");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Qwen3next_state_and_full_attention_kv_per_device_are_what_the_memory_model_predicted()
    {
        var model = await WriteModelAsync(TinyQwen3Next.Name, TinyQwen3Next.CreateWithWeights(seed: 7));

        // Two slots double the recurrent state; partial -ngl leaves the first layers' state on the CPU.
        var run = await AssertPlacementAsync(model, "[-ngl, 99, -ts, '1,1', -np, 2]", "[-ngl, 5, -ts, '1,1', -np, 1]");

        // By hand: 2 full-attention layers x 2 slots x 1,024 cells x 2 KV heads x 64 x 2 bytes, K and V: 2 MiB; 6 DeltaNet
        // layers x 2 sequences x (conv 3 x (1,024 + 2 x 2 x 128) + state 128 x 1,024) F32 values: 6.21 MiB.
        var reported = Reported(run, "first").Sum(r => r.ReportedMib!.Value);
        Assert.InRange(reported, 8.21 - 0.03, 8.21 + 0.03);
    }

    [Fact]
    public async Task Gpt_oss_sliding_layers_kv_per_device_is_what_the_memory_model_predicted()
    {
        var model = await WriteModelAsync(TinyGptOss.Name, TinyGptOss.CreateWithWeights(seed: 7));

        // Sliding layers: 128 + 256 micro-batch = 384 cells, padded to 512, against 2,048 for full ones; --swa-full gives them all.
        var run = await AssertPlacementAsync(model, "[-ngl, 99, -ts, '1,1', -ub, 256, -np, 1]", "[-ngl, 99, -ts, '3,1', --swa-full, -np, 1]");

        // By hand, per cell and layer K and V of 2 KV heads x 64 in f16 (512 bytes): 4 full layers x 2,048 cells = 4 MiB,
        // 4 sliding layers x 512 cells = 1 MiB; with --swa-full 8 MiB.
        Assert.InRange(Reported(run, "first").Sum(r => r.ReportedMib!.Value), 5 - 0.02, 5 + 0.02);
        Assert.InRange(Reported(run, "second").Sum(r => r.ReportedMib!.Value), 8 - 0.02, 8 + 0.02);
    }

    private static IEnumerable<PlacementCheckRow> Reported(RunResult run, string variant) =>
        run.Variants.Single(v => v.Name == variant).PlacementCheck!.Rows.Where(r => r.Kind == BufferKind.Kv && r.ReportedMib is not null);

    private async Task<RunResult> AssertPlacementAsync(string model, string first, string second)
    {
        int a = TestAssets.FreePort(), b = TestAssets.FreePort();
        var plan = ScenarioLoader.Load(WriteScenario(model, a, b, first, second), []);

        var run = await new RunPipeline(new RunOptions { ResultsRoot = Path.Combine(folder, "results") }).RunAsync(plan, CancellationToken.None);

        Assert.Equal(2, run.Variants.Count);
        foreach (var variant in run.Variants)
        {
            Assert.True(variant.Status == VariantStatus.Completed, $"{variant.Name}: {variant.Failure}");
            var check = variant.PlacementCheck ?? throw new Xunit.Sdk.XunitException($"{variant.Name} has no placement check");
            Assert.False(check.Differs, $"{variant.Name}: {string.Join("; ", check.Reasons)}");
            var kv = check.Rows.Where(r => r.Kind == BufferKind.Kv && r.ReportedMib > 0).ToList();
            Assert.NotEmpty(kv);
            Assert.All(kv, r => Assert.True(Math.Abs(r.RelativeError!.Value) <= 0.02, $"{variant.Name} {r.Device}: KV {r.PredictedMib} MiB predicted, {r.ReportedMib} reported"));
        }

        return run;
    }

    private async Task<string> WriteModelAsync(string name, SyntheticModel model)
    {
        var path = Path.Combine(folder, $"{name}.gguf");
        await using var stream = File.Create(path);
        await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        return path;
    }

    private string WriteScenario(string model, int first, int second, string firstArgs, string secondArgs)
    {
        var rpcServer = Path.Combine(Path.GetDirectoryName(TestAssets.LlamaServer)!, "ggml-rpc-server");
        var path = Path.Combine(folder, "hybrid.yaml");
        File.WriteAllText(path, $$"""
            name: hybrid-kv
            server:
              engine: process
              binary: '{{TestAssets.LlamaServer}}'
              model: '{{model}}'
              port: auto
              rpc_server: '{{rpcServer}}'
              rpc_ports: [{{first}}, {{second}}]
              args: [-c, 2048, -t, 1]
            variants:
              - name: first
                args_add: {{firstArgs}}
              - name: second
                args_add: {{secondArgs}}
            prompts:
              - name: short
                messages: [{role: user, content: Say hi.}]
                max_tokens: 4
            repeats: 1
            warmup: 0
            """);
        return path;
    }
}
