using BenchHarness.Planning;
using BenchHarness.Scenarios.Model;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Lists the requests of one variant in run order: the warm-up requests (first prompt, first thinking value),
/// then every prompt × thinking × repeat.
/// </summary>
public static class CaseExpander
{
    public static IEnumerable<BenchCase> For(ScenarioDocument scenario, string variant)
    {
        var first = scenario.Prompts[0];
        for (var i = 1; i <= scenario.Warmup; i++)
        {
            yield return Case(scenario, variant, first, scenario.Thinking[0], i, warmup: true);
        }

        foreach (var prompt in scenario.Prompts)
        {
            foreach (var thinking in scenario.Thinking)
            {
                for (var repeat = 1; repeat <= scenario.Repeats; repeat++)
                {
                    yield return Case(scenario, variant, prompt, thinking, repeat, warmup: false);
                }
            }
        }
    }

    private static BenchCase Case(ScenarioDocument scenario, string variant, PromptSpec prompt, bool? thinking, int repeat, bool warmup) =>
        new()
        {
            Variant = variant,
            Prompt = prompt.Name,
            Thinking = thinking,
            Repeat = repeat,
            Warmup = warmup,
            Stream = scenario.Stream,
            RequestBody = RequestBodies.Build(scenario, prompt, thinking),
            TimeLimit = scenario.Limits.ForRequest(prompt.MaxTokens),
        };
}
