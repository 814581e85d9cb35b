using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

/// <summary>A variant that lost a case (no successful sample of it) failed; the missing repeats are what a resume runs.</summary>
public sealed class VariantOutcomeSpecs
{
    private static readonly BenchCase[] Planned =
    [
        Case("json", true, 1, warmup: true),
        Case("json", false, 1), Case("json", false, 2),
        Case("json", true, 1), Case("json", true, 2),
        Case("api", false, 1), Case("api", false, 2),
    ];

    [Fact]
    public void A_variant_whose_every_case_has_a_successful_sample_has_lost_nothing()
    {
        var variant = Variant(Ok("json", false, 1), Failed("json", false, 2, "HTTP 500"), Ok("json", true, 2), Ok("api", false, 1));

        Assert.Null(VariantOutcome.LostCases(variant, Planned));
    }

    [Fact]
    public void A_case_with_only_failed_samples_is_lost_and_named_with_the_first_error()
    {
        var variant = Variant(Ok("json", false, 1), Failed("json", true, 1, "HTTP 400: n must be 1"), Failed("json", true, 2, "HTTP 400: again"), Ok("api", false, 2));

        Assert.Equal("no successful sample for 1 case(s): v/json/thinking-on; first error: HTTP 400: n must be 1", VariantOutcome.LostCases(variant, Planned));
    }

    [Fact]
    public void A_successful_warm_up_does_not_stand_for_a_measured_case()
    {
        var variant = Variant(Ok("json", true, 1) with { Warmup = true }, Ok("json", false, 1), Ok("api", false, 1));

        Assert.Contains("v/json/thinking-on", VariantOutcome.LostCases(variant, Planned));
    }

    [Fact]
    public void Missing_lists_each_measured_repeat_without_a_successful_sample()
    {
        var variant = Variant(Ok("json", false, 1), Failed("json", false, 2, "timed out"), Ok("json", true, 1));

        var missing = VariantOutcome.Missing(variant, Planned).Select(c => $"{c.Prompt}/{c.ThinkingLabel}/{c.Repeat}");

        Assert.Equal(["json/thinking-off/2", "json/thinking-on/2", "api/thinking-off/1", "api/thinking-off/2"], missing);
    }

    private static BenchCase Case(string prompt, bool thinking, int repeat, bool warmup = false) => new()
    {
        Variant = "v",
        Prompt = prompt,
        Thinking = thinking,
        Repeat = repeat,
        Warmup = warmup,
        RequestBody = System.Text.Json.JsonSerializer.SerializeToElement(new { }),
    };

    private static Sample Ok(string prompt, bool thinking, int repeat) =>
        new() { Prompt = prompt, Thinking = thinking, Repeat = repeat, GeneratedTokens = 32, GenerationMs = 100, GenerationTokensPerSecond = 310 };

    private static Sample Failed(string prompt, bool thinking, int repeat, string error) =>
        new() { Prompt = prompt, Thinking = thinking, Repeat = repeat, Error = error };

    private static VariantResult Variant(params Sample[] samples) =>
        new() { Name = "v", Launch = new LaunchRecord { Engine = "process", ServerArgs = [] }, Samples = samples };
}
