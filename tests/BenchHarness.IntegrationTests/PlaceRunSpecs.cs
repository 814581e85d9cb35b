using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// <c>bench place</c> on a synthesized model with two small RPC budgets writes a scenario that validates; a real
/// run of it loads every candidate on harness-started RPC devices and each passes its placement check.
/// </summary>
public sealed class PlaceRunSpecs : IDisposable
{
    private readonly string folder = TestAssets.TempFolder("place-run");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_candidate_bench_place_writes_loads_and_passes_its_placement_check()
    {
        var model = await WriteModelAsync();
        int first = TestAssets.FreePort(), second = TestAssets.FreePort();
        var bin = Path.GetDirectoryName(TestAssets.LlamaServer)!;
        var scenario = Path.Combine(folder, "place.yaml");

        await using var place = BenchProcess.Start(new Dictionary<string, string>(),
            "place", model, "--device", $"RPC0[127.0.0.1:{first}]=40", "--device", $"RPC0[127.0.0.1:{second}]=40",
            "--reserve", $"RPC0[127.0.0.1:{second}]=4", "--set", $"server.binary={TestAssets.LlamaServer}",
            "--set", $"server.rpc_server={Path.Combine(bin, "ggml-rpc-server")}", "--set", "server.args=[-c, 2048, -np, 1, -t, 1]",
            "--set", "server.port=auto", "--out", scenario);
        var (exit, output) = await place.WaitForExitAsync();
        Assert.True(exit == 0, $"bench place exited {exit}: {output}{place.Error}");

        var plan = ScenarioLoader.Load(scenario, []);
        Assert.Equal(["all-experts-cpu", "tail-first", "tail-per-device", "head-first", "head-tail", "fit"], plan.Variants.Select(v => v.Name));
        var run = await new RunPipeline(new RunOptions { ResultsRoot = Path.Combine(folder, "results") }).RunAsync(plan, CancellationToken.None);

        Assert.All(run.Variants, variant =>
        {
            Assert.True(variant.Status == VariantStatus.Completed, $"{variant.Name}: {variant.Failure}");
            Assert.NotNull(variant.PlacementCheck);
            Assert.False(variant.PlacementCheck!.Differs, $"{variant.Name}: {string.Join("; ", variant.PlacementCheck.Reasons)}");
        });
    }

    private async Task<string> WriteModelAsync()
    {
        var path = Path.Combine(folder, "moe.gguf");
        var model = SyntheticModel.Create(new SyntheticModelOptions(Layers: 8, Experts: 8, ExpertsUsed: 2, Embedding: 256, FeedForward: 512));
        await using var stream = File.Create(path);
        await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        return path;
    }
}
