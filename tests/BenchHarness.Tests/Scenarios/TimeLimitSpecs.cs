using BenchHarness.Planning;
using BenchHarness.Scenarios;
using BenchHarness.Scenarios.Schema;

namespace BenchHarness.Tests.Scenarios;

/// <summary>The scenario's <c>limits:</c>: every request, variant and run has a time limit, derived unless fixed.</summary>
public sealed class TimeLimitSpecs
{
    private const string Scenario = """
        name: limits
        server: {engine: process, binary: /opt/llama/llama-server, model: /m.gguf, startup_timeout: 5m}
        variants: [{name: a}, {name: b}]
        prompts:
          - {name: short, max_tokens: 100, messages: [{role: user, content: hi}]}
          - {name: long, max_tokens: 1000, messages: [{role: user, content: hi}]}
        repeats: 2
        warmup: 1
        """;

    private static ScenarioPlan Load(string extra = "", params string[] sets) =>
        ScenarioLoader.Load("s/main.yaml", sets, new InMemoryScenarioFiles(new Dictionary<string, string> { ["s/main.yaml"] = Scenario + "\n" + extra }));

    [Fact]
    public void A_request_limit_is_derived_from_its_max_tokens_by_default()
    {
        var plan = Load();

        Assert.Equal(TimeSpan.FromSeconds(120 + 100), plan.Cases.First(c => c.Prompt == "short").TimeLimit);
        Assert.Equal(TimeSpan.FromSeconds(120 + 1000), plan.Cases.First(c => c.Prompt == "long").TimeLimit);
    }

    [Fact]
    public void Floor_and_per_token_allowance_change_the_derived_limit()
    {
        var plan = Load("limits: {request_floor: 30s, request_per_token: 250ms}\n");

        Assert.Equal(TimeSpan.FromSeconds(30 + 25), plan.Cases.First(c => c.Prompt == "short").TimeLimit);
    }

    [Fact]
    public void A_fixed_request_limit_from_the_command_line_applies_to_every_request()
    {
        var plan = Load("", "limits.request=45s");

        Assert.All(plan.Cases, c => Assert.Equal(TimeSpan.FromSeconds(45), c.TimeLimit));
    }

    [Fact]
    public void A_variant_limit_is_its_startup_allowance_plus_its_cases_limits_unless_fixed()
    {
        var plan = Load();
        var a = plan.Variants[0];

        // one warm-up (short) and two repeats of each prompt
        var cases = (3 * 220) + (2 * 1120);
        Assert.Equal(TimeSpan.FromSeconds(300 + cases), plan.VariantLimit(a));
        Assert.Equal(TimeSpan.FromSeconds(2 * (300 + cases)), plan.RunLimit(plan.Variants));
        Assert.Equal(TimeSpan.FromMinutes(20), Load("limits: {variant: 20m}\n").VariantLimit(a));
        Assert.Equal(TimeSpan.FromHours(1), Load("limits: {run: 1h}\n").RunLimit(plan.Variants));
    }

    [Fact]
    public void Bad_limits_name_their_field()
    {
        var error = Assert.Throws<InputException>(() => Load("limits: {request: soon, run: 0, variant: 5m, requets: 1s}\n"));

        Assert.Collection(error.Errors.Select(e => $"{e.Field}: {e.Message}").Order(StringComparer.Ordinal),
            e => Assert.Equal("limits.request: 'soon' is not a duration like 90s, 10m, 1h30m or 250ms", e),
            e => Assert.Equal("limits.requets: unknown key; did you mean 'request'?", e),
            e => Assert.Equal("limits.run: must be longer than zero", e));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("1h30m", 5400)]
    [InlineData("250ms", 0.25)]
    [InlineData("1.5s", 1.5)]
    [InlineData("2m0.5s", 120.5)]
    [InlineData("42", 42)]
    public void Durations_read_as_written(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationText.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("10 minutes")]
    [InlineData("-5s")]
    [InlineData("99999999h")]
    public void Durations_that_are_not_durations_are_refused(string text) => Assert.Null(DurationText.Parse(text));

    [Theory]
    [InlineData(256, "4m16s")]
    [InlineData(1.5, "1.5s")]
    [InlineData(3600, "1h")]
    [InlineData(90061, "25h1m1s")]
    public void Durations_print_in_the_form_they_are_written(double seconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));
}
