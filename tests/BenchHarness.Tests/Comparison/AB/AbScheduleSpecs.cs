using BenchHarness.Comparison.AB;
using BenchHarness.Planning;

namespace BenchHarness.Tests.Comparison.AB;

public sealed class AbScheduleSpecs
{
    [Fact]
    public void Rounds_alternate_which_build_goes_first()
    {
        var order = string.Concat(AbSchedule.Sides(3));

        Assert.Equal("ABBAAB", order);
    }

    [Fact]
    public void Zero_rounds_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AbSchedule.Sides(0));

    [Fact]
    public void Each_side_labels_its_runs_with_a_suffix() =>
        Assert.Equal(("nightly-a", "nightly-b"), (AbSchedule.Label("nightly", AbSide.A), AbSchedule.Label("nightly", AbSide.B)));

    [Fact]
    public void Build_replaces_the_binary_of_process_variants_and_the_image_of_container_variants()
    {
        ServerLaunch Launch(EngineKind engine) => new()
        {
            Engine = engine,
            Binary = engine == EngineKind.Process ? "/old/llama-server" : null,
            Image = engine == EngineKind.Process ? null : "old:tag",
            ServerArgs = ["-t", "2"],
            HostPort = 8080,
            ServerPort = 8080,
        };
        var plan = new ScenarioPlan
        {
            Name = "s",
            SourcePath = "s.yaml",
            ContentHash = "h",
            Variants = [new VariantPlan("cpu", null, Launch(EngineKind.Process)), new VariantPlan("gpu", null, Launch(EngineKind.Podman))],
            Cases = [],
        };

        var swapped = BuildSubstitution.With(plan, "/new/build");

        Assert.Equal("/new/build", swapped.Variants[0].Launch.Binary);
        Assert.Equal("/new/build", swapped.Variants[1].Launch.Image);
        Assert.Null(swapped.Variants[1].Launch.Binary);
        Assert.Equal(["-t", "2"], swapped.Variants[0].Launch.ServerArgs);
    }
}
