using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Sweeps;

/// <summary>A scenario's <c>depths:</c> and <c>concurrency:</c>: each value is a case of its own, named in its key.</summary>
public sealed class SweepDimensionSpecs
{
    private const string Scenario = """
        name: sweep
        server: {engine: process, binary: /opt/llama/llama-server, model: /m.gguf, args: [-c, "8192"]}
        prompts:
          - {name: short, max_tokens: 100, messages: [{role: user, content: hi}]}
        repeats: 2
        warmup: 1
        """;

    private static Planning.ScenarioPlan Load(string extra, string scenario = Scenario) =>
        ScenarioLoader.Load("s/main.yaml", [], new Scenarios.InMemoryScenarioFiles(new Dictionary<string, string> { ["s/main.yaml"] = scenario + "\n" + extra }));

    [Fact]
    public void Every_depth_and_concurrency_value_is_measured_with_every_repeat()
    {
        var plan = Load("depths: [0, 4096]\nconcurrency: [1, 2]\n");

        var measured = plan.Cases.Where(c => !c.Warmup).Select(c => c.Key).ToArray();

        Assert.Equal(
            [
                "default/short/thinking-default", "default/short/thinking-default",
                "default/short/thinking-default/concurrency-2", "default/short/thinking-default/concurrency-2",
                "default/short/thinking-default/depth-4096", "default/short/thinking-default/depth-4096",
                "default/short/thinking-default/depth-4096/concurrency-2", "default/short/thinking-default/depth-4096/concurrency-2",
            ],
            measured.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Warm_ups_run_at_an_empty_context_with_one_request()
    {
        var warmup = Assert.Single(Load("depths: [4096]\nconcurrency: [4]\n").Cases, c => c.Warmup);

        Assert.Equal((0, 1), (warmup.Depth, warmup.Concurrency));
    }

    [Fact]
    public void Scenarios_without_the_dimensions_keep_their_old_case_names()
    {
        Assert.All(Load("").Cases, c => Assert.Equal("default/short/thinking-default", c.Key));
    }

    [Fact]
    public void A_filled_context_keeps_the_prompt_cache_on_so_the_filled_prefix_is_reused()
    {
        var deep = Load("depths: [1024]\n").Cases.First(c => !c.Warmup);
        var shallow = Load("").Cases.First(c => !c.Warmup);

        Assert.False(deep.RequestBody.TryGetProperty("cache_prompt", out _)); // the server's default: cache on
        Assert.False(shallow.RequestBody.GetProperty("cache_prompt").GetBoolean());
    }

    [Fact]
    public void A_request_limit_grows_with_the_requests_in_flight_and_the_fill()
    {
        var plan = Load("depths: [0, 2048]\nconcurrency: [1, 3]\n");
        TimeSpan Limit(int depth, int concurrency) => plan.Cases.First(c => !c.Warmup && c.Depth == depth && c.Concurrency == concurrency).TimeLimit;

        Assert.Equal(Limit(0, 1) * 3, Limit(0, 3));
        Assert.Equal(Limit(0, 1) * 2, Limit(2048, 1));
        Assert.Equal(Limit(0, 1) * 4, Limit(2048, 3));
    }

    [Fact]
    public void Concurrency_adds_as_many_server_slots_unless_the_arguments_set_them()
    {
        var added = Load("concurrency: [1, 4]\n");
        var lower = Load("concurrency: [1, 4]\n", Scenario.Replace("args: [-c, \"8192\"]", "args: [-c, \"8192\", -np, \"2\"]", StringComparison.Ordinal));

        Assert.Equal(["-m", "/m.gguf", "-c", "8192", "--parallel", "4"], added.Variants[0].Launch.ServerArgs);
        Assert.Equal(["-m", "/m.gguf", "-c", "8192", "-np", "2"], lower.Variants[0].Launch.ServerArgs);
        Assert.Contains(lower.Warnings, w => w.Contains("--parallel 2 is below concurrency 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_dimension_values_name_their_field()
    {
        var error = Assert.Throws<InputException>(() => Load("depths: [0, -5, many]\nconcurrency: [0]\n"));

        Assert.Equal(["concurrency[0]", "depths[1]", "depths[2]"], error.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(error.Errors, e => Assert.Equal("s/main.yaml", e.File));
    }

    [Fact]
    public void The_case_count_names_the_dimensions_that_multiply_it()
    {
        var error = Assert.Throws<InputException>(() => Load("depths: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\nconcurrency: [1, 2, 3, 4, 5, 6, 7, 8]\n", Scenario.Replace("repeats: 2", "repeats: 1000", StringComparison.Ordinal)));

        Assert.Contains("× 10 depths", error.Message, StringComparison.Ordinal);
        Assert.Contains("requests for the concurrency values", error.Message, StringComparison.Ordinal);
    }
}
