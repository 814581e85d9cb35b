using BenchHarness.Planning;
using BenchHarness.Scenarios.Model;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Lists the cases of one variant in run order: the warm-up requests (first prompt, first thinking value, no
/// depth, one at a time), then every prompt × thinking × depth × concurrency × repeat. A case with concurrency N
/// sends N requests together.
/// </summary>
public static class CaseExpander
{
    public static IEnumerable<BenchCase> For(ScenarioDocument scenario, string variant)
    {
        var first = scenario.Prompts[0];
        for (var i = 1; i <= scenario.Warmup; i++)
        {
            yield return Case(scenario, variant, first, scenario.Thinking[0], i, warmup: true, depth: 0, concurrency: 1);
        }

        foreach (var prompt in scenario.Prompts)
        {
            foreach (var thinking in scenario.Thinking)
            {
                foreach (var depth in scenario.Depths)
                {
                    foreach (var concurrency in scenario.Concurrency)
                    {
                        for (var repeat = 1; repeat <= scenario.Repeats; repeat++)
                        {
                            yield return Case(scenario, variant, prompt, thinking, repeat, warmup: false, depth, concurrency);
                        }
                    }
                }
            }
        }
    }

    private static BenchCase Case(
        ScenarioDocument scenario, string variant, PromptSpec prompt, bool? thinking, int repeat, bool warmup, int depth, int concurrency) =>
        new()
        {
            Variant = variant,
            Prompt = prompt.Name,
            Thinking = thinking,
            Repeat = repeat,
            Warmup = warmup,
            Depth = depth,
            Concurrency = concurrency,
            Stream = scenario.Stream,
            RequestBody = RequestBodies.Build(scenario, prompt, thinking, depth),
            // Requests sent together share the server, and filling a depth is one more prompt to process.
            TimeLimit = scenario.Limits.ForRequest(prompt.MaxTokens) * (concurrency + (depth > 0 ? 1 : 0)),
        };
}
