using BenchHarness.Planning;
using BenchHarness.Scenarios;
using BenchHarness.Scenarios.Expansion;

namespace BenchHarness.Tests.Scenarios;

/// <summary>
/// <c>bench plan scenarios/head-tail.yaml</c> launches what seed 000 launched: per configuration the same flags and
/// values (as a multiset), tensor overrides that place every expert tensor of the 79 layers on the same device, and
/// the same image, devices, volume, capabilities and port.
/// </summary>
public sealed class SeedEquivalenceSpecs
{
    private const int GlmLayers = 79;
    private static readonly ScenarioPlan Plan = ScenarioLoader.Load(RepositoryFiles.Path("scenarios", "head-tail.yaml"), []);

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Seed =
        SeedCommands.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "seeds", "glm-5.1-head-tail-commands.txt"));

    public static TheoryData<string> Configurations() => [.. Seed.Keys];

    [Fact]
    public void Head_tail_has_the_five_seed_configurations_as_variants()
    {
        Assert.Equal(5, Seed.Count);
        Assert.Equal(Seed.Keys.Order(), Plan.Variants.Select(v => v.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Plan_passes_the_same_flags_and_values_as_the_seed(string variant)
    {
        var seed = PodmanRunLine.Parse(Seed[variant]);

        Assert.Equal(FlagsWithoutOverrides(seed.ServerArgs), FlagsWithoutOverrides(LaunchOf(variant).ServerArgs));
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Plan_places_every_expert_tensor_where_the_seed_did(string variant)
    {
        var seed = PodmanRunLine.Parse(Seed[variant]);

        Assert.Equal(TensorPlacement.Resolve(seed.ServerArgs, GlmLayers), TensorPlacement.Resolve(LaunchOf(variant).ServerArgs, GlmLayers));
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Plan_uses_the_seed_image_devices_volume_capabilities_and_port(string variant)
    {
        var seed = PodmanRunLine.Parse(Seed[variant]);
        var launch = LaunchOf(variant);

        Assert.Equal(EngineKind.Podman, launch.Engine);
        Assert.Equal(seed.Image, launch.Image);
        Assert.Equal(seed.Devices, launch.Devices);
        Assert.Equal(seed.Volumes, launch.Volumes.Select(v => v.ToString()));
        Assert.Equal(seed.CapAdd, launch.CapAdd);
        Assert.Equal(seed.Ports, [$"{launch.HostPort}:{launch.ServerPort}"]);
    }

    [Fact]
    public void Seed_head_tail_command_puts_22_expert_layers_on_the_gpus_so_the_placement_check_has_teeth()
    {
        var placement = TensorPlacement.Resolve(PodmanRunLine.Parse(Seed["head12-tail10-ger-2gpu"]).ServerArgs, GlmLayers);

        Assert.Equal(12 * 3, placement.Values.Count(d => d == "CUDA0"));
        Assert.Equal(10 * 3, placement.Values.Count(d => d == "CUDA1"));
        Assert.Equal("CPU", placement["blk.40.ffn_up_exps.weight"]);
    }

    private static ServerLaunch LaunchOf(string variant) => Plan.Variants.Single(v => v.Name == variant).Launch;

    private static IEnumerable<string> FlagsWithoutOverrides(IReadOnlyList<string> args) =>
        ServerArguments.Pairs(args).Where(p => p.Key != "-ot").Select(p => $"{p.Key} {p.Value}").Order();
}
