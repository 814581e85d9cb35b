using System.Text;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>
/// Scenario files written to exhaust the harness (an alias bomb, a million repeats, deep nesting, huge layer
/// ranges) are refused with a located error while using little memory, before anything is expanded.
/// </summary>
public sealed class HostileScenarioSpecs
{
    private const long MemoryBudget = 64L << 20;

    private const string Base = """
        name: hostile
        server: {engine: process, binary: ./llama-server, model: m.gguf, host: 127.0.0.1}
        prompts: [{name: hi, messages: [{role: user, content: hi}]}]

        """;

    private static InputException Refused(string text)
    {
        var files = new InMemoryScenarioFiles(new Dictionary<string, string> { ["hostile.yaml"] = text });
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load("hostile.yaml", [], files));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < MemoryBudget, $"allocated {allocated >> 20} MiB to refuse the file");
        return error;
    }

    [Fact]
    public void A_million_repeats_are_refused_at_the_repeats_line()
    {
        var error = Refused(Base + "repeats: 1000000\n");

        Assert.Equal("hostile.yaml:4:10: repeats: must be at most 1000", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void A_repeat_count_past_64_bits_is_out_of_range_not_a_crash()
    {
        var error = Refused(Base + "repeats: 99999999999999999999999\n");

        Assert.Contains("repeats: 99999999999999999999999 is out of range (1 to 1000)", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void A_thousand_warm_ups_are_refused()
    {
        var error = Refused(Base + "warmup: 1000\n");

        Assert.Equal("hostile.yaml:4:9: warmup: must be at most 100", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Allowed_repeats_that_multiply_past_the_case_limit_are_refused_before_expanding()
    {
        var prompts = string.Join(", ", Enumerable.Range(0, 30).Select(i => $"{{name: p{i}, messages: [{{role: user, content: hi}}]}}"));
        var text = $"""
            name: hostile
            server: {"{"}engine: process, binary: ./llama-server, model: m.gguf{"}"}
            prompts: [{prompts}]
            thinking: [false, true]
            repeats: 1000
            """;

        var error = Refused(text);

        Assert.Equal(
            "hostile.yaml:5:10: repeats: the scenario expands to 60000 requests (1 variants × (0 warm-ups + 30 prompts × 2 thinking values × 1000 repeats)); at most 10000",
            Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_at_the_alias_that_crosses_the_limit()
    {
        var text = new StringBuilder(Base).Append("variables:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            text.Append($"  a{i}: &a{i} [{previous}]\n");
        }

        var error = Refused(text.ToString());

        var only = Assert.Single(error.Errors);
        Assert.Equal(("hostile.yaml", 9), (only.File, only.Line));
        Assert.Contains("more than 100000 values once aliases are expanded", only.Message);
    }

    [Fact]
    public void A_small_alias_reused_a_few_times_still_reads()
    {
        var text = Base.Replace("prompts: [{name: hi, messages: [{role: user, content: hi}]}]", """
            prompts:
              - {name: a, messages: &hi [{role: user, content: hi}]}
              - {name: b, messages: *hi}
            """, StringComparison.Ordinal);
        var files = new InMemoryScenarioFiles(new Dictionary<string, string> { ["ok.yaml"] = text });

        var plan = ScenarioLoader.Load("ok.yaml", [], files);

        Assert.Equal(["a", "b"], plan.Cases.Select(c => c.Prompt));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(65)]
    public void Deep_nesting_is_refused_at_the_first_level_past_the_limit_without_overflowing_the_stack(int depth)
    {
        var error = Refused(Base + "sampling: {x: " + new string('[', depth) + new string(']', depth) + "}\n");

        Assert.Equal("hostile.yaml:4:77: mappings and lists nest deeper than 64 levels", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Nesting_up_to_the_limit_reads()
    {
        var files = new InMemoryScenarioFiles(new Dictionary<string, string>
        {
            ["ok.yaml"] = Base + "description: " + new string('[', 63) + new string(']', 63) + "\n",
        });

        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load("ok.yaml", [], files));

        Assert.Equal("ok.yaml:4:14: description: expected a string, got a list", Assert.Single(error.Errors).ToString());
    }

    [Theory]
    [InlineData("0-2000000000", "'0-2000000000' names a layer above 9999")]
    [InlineData("99999999999", "'99999999999' names a layer above 9999")]
    public void A_huge_layer_range_is_refused_before_it_is_enumerated(string layers, string message)
    {
        var error = Refused(Base + $"variants:\n  - name: v\n    placement: {{devices: [{{device: CPU, layers: \"{layers}\"}}]}}\n");

        Assert.Equal($"hostile.yaml:6:49: variants[0].placement.devices[0].layers: {message}", Assert.Single(error.Errors).ToString());
    }
}
