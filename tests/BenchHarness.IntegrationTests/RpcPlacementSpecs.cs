using System.Net.Sockets;
using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Logs;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// A scenario declares two RPC devices; the harness starts them with each variant's server and stops them after
/// it, also when the server fails. Expert layers go across the CPU and both devices with <c>--n-cpu-moe</c> and
/// <c>-ts</c>, partial <c>-ngl</c>, and <c>-ot</c>; each variant's placement check compares the prediction with the
/// buffers the real server reported: model within 1% or 1 MiB, KV within 2%, compute inside its range.
/// </summary>
public sealed class RpcPlacementSpecs : IDisposable
{
    private readonly string folder = TestAssets.TempFolder("rpc-placement");

    public static TheoryData<string> Layouts() => ["llama", "deepseek2", "qwen3moe"];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Placement_across_the_cpu_and_two_rpc_devices_is_what_the_memory_model_predicted(string layout)
    {
        var model = await WriteModelAsync(layout);
        int first = TestAssets.FreePort(), second = TestAssets.FreePort();
        var plan = ScenarioLoader.Load(WriteScenario(model, first, second), []);

        var run = await new RunPipeline(new RunOptions { ResultsRoot = Path.Combine(folder, "results") }).RunAsync(plan, CancellationToken.None);

        var failed = run.Variants.Single(v => v.Name == "bad-argument");
        Assert.Equal(VariantStatus.Failed, failed.Status);
        foreach (var variant in run.Variants.Where(v => v.Name != "bad-argument"))
        {
            Assert.True(variant.Status == VariantStatus.Completed, $"{variant.Name}: {variant.Failure}");
            var check = variant.PlacementCheck ?? throw new Xunit.Sdk.XunitException($"{variant.Name} has no placement check");
            Assert.False(check.Differs, $"{variant.Name}: {string.Join("; ", check.Reasons)}");
            Assert.Equal(
                new[] { "CPU", $"RPC0[127.0.0.1:{first}]", $"RPC0[127.0.0.1:{second}]" }.Order(StringComparer.Ordinal),
                check.Rows.Where(r => r.ReportedMib > 0).Select(r => r.Device).Distinct().Order(StringComparer.Ordinal));
            Assert.All(check.Rows.Where(r => r.Kind == BufferKind.Kv && r.ReportedMib > 0), r => Assert.InRange(Math.Abs(r.RelativeError!.Value), 0, 0.02));
            Assert.All(check.Rows.Where(r => r.Kind == BufferKind.Compute && r.ReportedMib is not null),
                r => Assert.InRange(r.ReportedMib!.Value, r.PredictedLowMib!.Value, r.PredictedHighMib!.Value));
        }

        Assert.False(await AcceptsAsync(first), "the first RPC device still listens after the run");
        Assert.False(await AcceptsAsync(second), "the second RPC device still listens after the run");
    }

    private async Task<string> WriteModelAsync(string layout)
    {
        var options = new SyntheticModelOptions(Layers: 8, Experts: 8, ExpertsUsed: 2, Embedding: 256, FeedForward: 256) with
        {
            Arch = layout,
            DenseLead = layout == SyntheticModelOptions.Deepseek2 ? 1 : 0,
            KvHeads = layout == SyntheticModelOptions.Qwen3Moe ? 2 : 0,
        };
        var path = Path.Combine(folder, $"{layout}.gguf");
        var model = SyntheticModel.Create(options);
        await using var stream = File.Create(path);
        await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        return path;
    }

    private string WriteScenario(string model, int first, int second)
    {
        var rpcServer = Path.Combine(Path.GetDirectoryName(TestAssets.LlamaServer)!, "ggml-rpc-server");
        var path = Path.Combine(folder, "rpc.yaml");
        File.WriteAllText(path, $$"""
            name: rpc-placement
            server:
              engine: process
              binary: '{{TestAssets.LlamaServer}}'
              model: '{{model}}'
              port: auto
              rpc_server: '{{rpcServer}}'
              rpc_ports: [{{first}}, {{second}}]
              args: [-c, 2048, -np, 1, -t, 1]
            variants:
              - name: n-cpu-moe-ts
                args_add: [-ngl, 99, --n-cpu-moe, 3, -ts, '3,1']
              - name: partial-ngl
                args_add: [-ngl, 5, -ts, '1,1']
              - name: ot-second-device
                args_add: [-ngl, 99, -ot, 'blk\.[0-2]\.ffn_(gate|up|down)_exps=RPC0[127.0.0.1:{{second}}],exps=CPU']
              - name: bad-argument
                args_add: [--no-such-flag]
            prompts:
              - name: short
                messages: [{role: user, content: Say hi.}]
                max_tokens: 4
            repeats: 1
            warmup: 0
            """);
        return path;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
