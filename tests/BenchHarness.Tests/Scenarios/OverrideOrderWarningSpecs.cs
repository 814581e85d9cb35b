using BenchHarness.Scenarios.Expansion;

namespace BenchHarness.Tests.Scenarios;

public sealed class OverrideOrderWarningSpecs
{
    [Fact]
    public void Cpu_moe_before_explicit_overrides_warns_that_llama_cpp_keeps_those_experts_on_the_cpu()
    {
        var warning = OverrideOrderAdvisor.Check("head-tail", ["-ngl", "999", "--cpu-moe", "-ot", "blk\\.3\\.ffn_up_exps=CUDA0"]);

        Assert.NotNull(warning);
        Assert.Contains("variant 'head-tail' has --cpu-moe and explicit -ot overrides", warning);
        Assert.Contains("first-match in command-line order", warning);
        Assert.Contains("llama.cpp keeps them on the CPU; ik_llama.cpp places them as the -ot says", warning);
    }

    [Fact]
    public void Explicit_overrides_before_n_cpu_moe_warn_that_the_overrides_win_everywhere()
    {
        var warning = OverrideOrderAdvisor.Check("tail", ["-ot", "blk\\.3\\.ffn_up_exps=CUDA0", "--n-cpu-moe", "64"]);

        Assert.NotNull(warning);
        Assert.Contains("the -ot comes before --n-cpu-moe, so its placements win on llama.cpp and ik_llama.cpp alike", warning);
    }

    [Theory]
    [InlineData("--cpu-moe", "-ngl")]
    [InlineData("-ot", "exps=CPU")]
    public void One_kind_of_override_alone_is_no_warning(string first, string second)
    {
        Assert.Null(OverrideOrderAdvisor.Check("v", [first, second]));
    }

    [Fact]
    public void The_head_tail_scenario_warns_about_its_seed_order_only_for_the_head_tail_variant()
    {
        var plan = BenchHarness.Scenarios.ScenarioLoader.Load(RepositoryFiles.Path("scenarios", "head-tail.yaml"), []);

        Assert.Contains("'head12-tail10-ger-2gpu'", Assert.Single(plan.Warnings));
    }
}
