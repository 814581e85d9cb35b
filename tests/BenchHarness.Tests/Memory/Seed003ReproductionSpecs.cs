using System.CommandLine;
using BenchHarness.Cli;
using BenchHarness.Cli.Commands;
using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.Memory;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Memory;

/// <summary>
/// Seed 003: GLM-5.2 on 4 x 24 GiB with <c>-sm layer</c>. <c>--n-cpu-moe</c> keeping 19 MoE layers' experts on the
/// GPUs puts them on the cards that hold the last layers, and the last card "tried to alloc 54GB"; pinning five
/// MoE layers' experts per card with <c>-ot</c> and a CPU rule last loaded. Planned here from a header-only file.
/// </summary>
public sealed class Seed003ReproductionSpecs : IDisposable
{
    private const long CardMib = 24576;
    private readonly string folder = Directory.CreateTempSubdirectory("seed003-").FullName;

    // MoE layers are 3-77: --n-cpu-moe 59 sends blocks 0-58's experts to the CPU and keeps 59-77 (19 layers) on the GPUs.
    private const string Scenario = """
        name: seed-003
        server:
          engine: process
          binary: llama-server
          model: MODEL
          args: [--ctx-size, 131072, --n-gpu-layers, 999, --split-mode, layer, --tensor-split, "1,1,1,1",
                 --flash-attn, "on", --cache-type-k, q8_0, --cache-type-v, q8_0, --no-mmap]
        budgets: {CUDA0: 24576, CUDA1: 24576, CUDA2: 24576, CUDA3: 24576}
        variants:
          - name: n-cpu-moe
            args_add: [--n-cpu-moe, 59]
          - name: per-device-ot
            args_add: [-ot, 'blk\.(3|4|5|6|7)\.ffn_(gate|up|down)_exps\.=CUDA0,blk\.(8|9|10|11|12)\.ffn_(gate|up|down)_exps\.=CUDA1,blk\.(13|14|15|16|17)\.ffn_(gate|up|down)_exps\.=CUDA2,blk\.(18|19|20|21|22)\.ffn_(gate|up|down)_exps\.=CUDA3,ffn_(gate|up|down)_exps\.=CPU']
        prompts:
          - name: hi
            messages: [{role: user, content: hi}]
        """;

    private string ScenarioText => Scenario.Replace("MODEL", Path.Combine(folder, "glm-5.2-header.gguf"), StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task N_cpu_moe_overloads_the_last_card_by_tens_of_gigabytes_and_per_device_ot_fits()
    {
        var report = await MemoryOfAsync();

        var nCpuMoe = report.Single(v => v.Name == "n-cpu-moe");
        var last = nCpuMoe.Devices.Single(d => d.Device == "CUDA3");
        Assert.False(nCpuMoe.Fits);
        Assert.InRange(last.OverMib!.Value, 20 * 1024, 60 * 1024);
        Assert.True(nCpuMoe.Devices.Single(d => d.Device == "CUDA0").Fits);
        var perDevice = report.Single(v => v.Name == "per-device-ot");
        Assert.True(perDevice.Fits, string.Join("; ", perDevice.Devices.Select(d => $"{d.Device} {d.TotalMib}")));
        Assert.All(perDevice.Devices.Where(d => d.Device != "CPU"), d => Assert.InRange(d.TotalMib, 12 * 1024, CardMib));
    }

    [Fact]
    public async Task The_last_card_holds_the_experts_of_the_layers_it_runs()
    {
        var file = await WriteHeaderAsync();
        var model = ModelLayoutReader.Read(GgufModel.FromShards([GgufReader.Read(File.OpenRead(file), file)]));
        var (_, prediction) = VariantMemoryCheck.Evaluate("n-cpu-moe", Args("n-cpu-moe"), model, Budgets(), new Dictionary<string, long>());

        // 80 layers (79 blocks + output) over 4 equal shares: CUDA3 runs blocks 60-78; 78 is the unloaded next-token block.
        var experts = prediction.Tensors.Where(p => p.Device.Name == "CUDA3" && p.Tensor.Name.Contains("_exps", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(60, 18), experts.Select(p => p.Tensor.Layer!.Value).Distinct().Order());
    }

    [Fact]
    public async Task Bench_memory_exits_1_for_the_scenario_and_0_for_the_per_device_variant_alone()
    {
        await WriteHeaderAsync();
        var scenario = Path.Combine(folder, "seed-003.yaml");
        await File.WriteAllTextAsync(scenario, ScenarioText);

        Assert.Equal(ExitCodes.Failed, await BenchAsync("memory", scenario, "--json"));
        Assert.Equal(ExitCodes.Ok, await BenchAsync("memory", scenario, "--variant", "per-device-ot", "--json"));
    }

    private async Task<IReadOnlyList<VariantMemory>> MemoryOfAsync()
    {
        var file = await WriteHeaderAsync();
        var model = ModelLayoutReader.Read(GgufModel.FromShards([GgufReader.Read(File.OpenRead(file), file)]));
        return [.. new[] { "n-cpu-moe", "per-device-ot" }.Select(v => VariantMemoryCheck.Evaluate(v, Args(v), model, Budgets(), new Dictionary<string, long>()).Memory)];
    }

    private IReadOnlyList<string> Args(string variant)
    {
        var scenario = Path.Combine(folder, "seed-003.yaml");
        File.WriteAllText(scenario, ScenarioText);
        return ScenarioLoader.Load(scenario, []).Variants.Single(v => v.Name == variant).Launch.ServerArgs;
    }

    private static Dictionary<string, long> Budgets() =>
        Enumerable.Range(0, 4).ToDictionary(i => $"CUDA{i}", _ => CardMib);

    private async Task<string> WriteHeaderAsync()
    {
        var path = Path.Combine(folder, "glm-5.2-header.gguf");
        var model = Glm5LikeShapes.Create();
        await using var stream = File.Create(path);
        await GgufWriter.WriteHeaderOnlyAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        return path;
    }

    private static Task<int> BenchAsync(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return CommandRunner.InvokeAsync(root, args);
    }
}
