using BenchHarness.Planning;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>The scenario files shipped in scenarios/ load without errors, as <c>./bench validate scenarios/*.yaml</c> must.</summary>
public sealed class RepositoryScenarioSpecs
{
    public static TheoryData<string> ShippedScenarios() =>
        [.. Directory.GetFiles(RepositoryFiles.Path("scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Shipped_scenario_loads_into_a_plan_with_cases_for_every_variant(string file)
    {
        var plan = ScenarioLoader.Load(RepositoryFiles.Path("scenarios", file), []);

        Assert.NotEmpty(plan.Variants);
        Assert.All(plan.Variants, v => Assert.NotEmpty(plan.CasesOf(v.Name)));
    }

    [Fact]
    public void Smoke_scenario_runs_a_process_on_an_automatic_port_with_the_placement_variant_on_the_cpu()
    {
        var plan = ScenarioLoader.Load(RepositoryFiles.Path("scenarios", "smoke.yaml"), []);
        var placement = plan.Variants.Single(v => v.Name == "placement").Launch;

        Assert.Equal(["default", "cpu-moe", "placement"], plan.Variants.Select(v => v.Name));
        Assert.True(placement.AutoPort);
        Assert.Equal(EngineKind.Process, placement.Engine);
        Assert.Equal(@"blk\.(0|1)\.ffn_(gate|up|down)_exps=CPU", ServerArgumentList.ValueOf(placement.ServerArgs, "-ot"));
        Assert.Equal("4321", ServerArgumentList.ValueOf(placement.WithPort(4321).ServerArgs, "--port"));
    }

    [Fact]
    public void Seed_000s_resident_layout_measures_the_orchestrator_and_both_workers_at_its_depths_with_thinking_off_and_on()
    {
        var plan = ScenarioLoader.Load(RepositoryFiles.Path("scenarios", "orchestrator-workers.yaml"), []);

        Assert.Equal(
            ["grandpa-20-layers", "grandpa-20-layers@worker0", "grandpa-20-layers@worker1",
             "grandpa-20-layers+loaded", "grandpa-20-layers@worker0+loaded", "grandpa-20-layers@worker1+loaded"],
            plan.Variants.Select(v => v.Name));
        Assert.All(plan.Variants.Where(v => v.Layout!.IsCompanion), v => Assert.Equal("2", ServerArgumentList.ValueOf(v.Launch.ServerArgs, "--parallel")));
        Assert.Equal("1", ServerArgumentList.ValueOf(plan.Variants[0].Launch.ServerArgs, "--parallel"));
        var measured = plan.CasesOf("grandpa-20-layers").Where(c => !c.Warmup).ToList();
        Assert.Equal([0, 4096], measured.Select(c => c.Depth).Distinct().Order());
        Assert.Equal([false, true], measured.Select(c => c.Thinking!.Value).Distinct().Order());
        Assert.Equal(2, plan.Variants.Single(v => v.Name == "grandpa-20-layers@worker0").Layout!.Load.Concurrency);
    }

    [Fact]
    public void Profiles_keep_comma_separated_overrides_as_one_argument()
    {
        var plan = ScenarioLoader.Load(RepositoryFiles.Path("scenarios", "profiles-4090-5070ti.yaml"), []);
        var moderate = plan.Variants.Single(v => v.Name == "glm-flash-q8-moderate").Launch;

        Assert.Equal(@"blk\.([0-9]|[12][0-9]|30)\.=CUDA0,blk\.(3[1-9]|4[0-4])\.=CUDA1,exps=CPU", ServerArgumentList.ValueOf(moderate.ServerArgs, "-ot"));
    }
}
