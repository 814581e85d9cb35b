using BenchHarness.Planning;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Sweeps;

/// <summary>A scenario's <c>companions:</c>: servers that run beside each variant's, each measured alone and under load.</summary>
public sealed class CoResidentLayoutSpecs
{
    private const string Scenario = """
        name: layout
        server: {engine: process, binary: /opt/llama/llama-server, model: /glm.gguf, port: 8000, startup_timeout: 20m, args: [-c, "32768"]}
        variants: [{name: head-tail}, {name: cpu-moe}]
        prompts:
          - {name: short-json, max_tokens: 256, messages: [{role: user, content: hi}]}
          - {name: code, max_tokens: 1024, messages: [{role: user, content: write code}]}
        repeats: 2
        warmup: 1
        """;

    private const string Workers = """
        load: {prompt: short-json}
        companions:
          - name: worker0
            server: {model: /qwen3-coder-next.gguf, port: 8001, startup_timeout: 5m, args: [-c, "262144"]}
            load: {prompt: code, concurrency: 2}
          - name: worker1
            server: {model: /qwen3-coder-next.gguf, port: 8002, startup_timeout: 5m, args: [-c, "262144", --parallel, "2"]}
            load: {prompt: {name: refactor, max_tokens: 2048, messages: [{role: user, content: refactor this}]}}
        """;

    private static ScenarioPlan Load(string extra) =>
        ScenarioLoader.Load("s/main.yaml", [], new Scenarios.InMemoryScenarioFiles(new Dictionary<string, string> { ["s/main.yaml"] = Scenario + "\n" + extra }));

    [Fact]
    public void Each_variant_becomes_its_layout_every_server_alone_then_every_server_under_load()
    {
        var plan = Load(Workers);

        Assert.Equal(
            [
                "head-tail", "head-tail@worker0", "head-tail@worker1", "head-tail+loaded", "head-tail@worker0+loaded", "head-tail@worker1+loaded",
                "cpu-moe", "cpu-moe@worker0", "cpu-moe@worker1", "cpu-moe+loaded", "cpu-moe@worker0+loaded", "cpu-moe@worker1+loaded",
            ],
            plan.Variants.Select(v => v.Name));
        var worker = plan.Variants.Single(v => v.Name == "head-tail@worker0+loaded");
        Assert.Equal(new LayoutRole("head-tail", "worker0", true, worker.Layout!.Load), worker.Layout);
        Assert.Equal(("code", 2), (worker.Layout.Load.Prompt, worker.Layout.Load.Concurrency));
        Assert.Equal("refactor", plan.Variants.Single(v => v.Name == "cpu-moe@worker1").Layout!.Load.Prompt);
        Assert.Equal("short-json", plan.Variants.Single(v => v.Name == "cpu-moe").Layout!.Load.Prompt);
    }

    [Fact]
    public void A_companion_is_laid_over_the_scenarios_server_and_gets_slots_for_its_load()
    {
        var plan = Load(Workers);
        var worker0 = plan.Variants.Single(v => v.Name == "head-tail@worker0").Launch;
        var worker1 = plan.Variants.Single(v => v.Name == "head-tail@worker1").Launch;

        Assert.Equal("/opt/llama/llama-server", worker0.Binary);
        Assert.Equal(8001, worker0.HostPort);
        Assert.Equal(["-m", "/qwen3-coder-next.gguf", "-c", "262144", "--port", "8001", "--parallel", "2"], worker0.ServerArgs.Where(a => a is not "--host" and not "127.0.0.1"));
        Assert.Equal(1, worker1.ServerArgs.Count(a => a == "--parallel"));
    }

    [Fact]
    public void Measurements_under_load_skip_warm_ups_and_measure_every_case()
    {
        var plan = Load(Workers);

        Assert.Equal(1, plan.CasesOf("head-tail").Count(c => c.Warmup));
        Assert.DoesNotContain(plan.CasesOf("head-tail+loaded"), c => c.Warmup);
        Assert.Equal(4, plan.CasesOf("head-tail@worker1+loaded").Count());
    }

    [Fact]
    public void Any_plan_of_a_layout_may_start_all_of_its_servers_so_its_limit_allows_for_each()
    {
        var plan = Load(Workers);
        var alone = plan.Variants.Single(v => v.Name == "head-tail");
        var cases = plan.CasesOf("head-tail").Aggregate(TimeSpan.Zero, (sum, c) => sum + c.TimeLimit);

        Assert.Equal(TimeSpan.FromMinutes(20 + 5 + 5) + cases, plan.VariantLimit(alone));
    }

    [Fact]
    public void Without_companions_variants_keep_their_plain_plans()
    {
        Assert.All(Load("").Variants, v => Assert.Null(v.Layout));
    }

    [Fact]
    public void Bad_companions_name_their_field()
    {
        var error = Assert.Throws<InputException>(() => Load("""
            companions:
              - name: worker0
                server: {port: 8000}
                load: {prompt: missing, concurrency: 0}
              - name: head-tail
                server: {}
              - {name: "w/1", server: {port: 8003}}
              - name: worker3
            """));

        var fields = error.Errors.Select(e => $"{e.Field}: {e.Message}").ToArray();
        Assert.Contains(fields, f => f.StartsWith("companions[0].load.concurrency:", StringComparison.Ordinal));
        Assert.Contains(fields, f => f == "companions[1].name: 'head-tail' already names a companion or a variant");
        Assert.Contains(fields, f => f == "companions[2].name: use letters, digits, '-', '_' and '.' only");
        Assert.Contains(fields, f => f.StartsWith("companions[3].server: required", StringComparison.Ordinal));
        Assert.All(error.Errors, e => Assert.Equal("s/main.yaml", e.File));
    }

    [Fact]
    public void Servers_of_one_layout_on_one_fixed_port_are_refused()
    {
        var error = Assert.Throws<InputException>(() => Load("companions:\n  - {name: worker0, server: {port: 8000}}\n"));

        Assert.Contains(error.Errors, e => e.Field == "companions" && e.Message.Contains("all use port 8000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_load_prompt_must_name_a_prompt_of_the_scenario()
    {
        var error = Assert.Throws<InputException>(() => Load("companions:\n  - {name: worker0, server: {port: 8001}, load: {prompt: nope}}\n"));

        Assert.Contains(error.Errors, e => e.Field == "companions[0].load.prompt" && e.Message.Contains("short-json, code", StringComparison.Ordinal));
    }
}
