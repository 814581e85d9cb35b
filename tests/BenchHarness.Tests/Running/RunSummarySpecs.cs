using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class RunSummarySpecs
{
    [Fact]
    public void Rows_are_medians_per_prompt_and_thinking_without_warm_ups_or_failures()
    {
        var run = new RunResult
        {
            RunId = "r",
            Scenario = "s",
            ScenarioHash = "h",
            HarnessVersion = "0",
            StartedAt = DateTimeOffset.UnixEpoch,
            Host = new HostInfo { Hostname = "h", CpuModel = "c", Cores = 2, MemoryMib = 1 },
            Variants =
            [
                new VariantResult
                {
                    Name = "v",
                    Launch = new LaunchRecord { Engine = "process", ServerArgs = [] },
                    Samples =
                    [
                        Sample("short", false, tg: 500, warmup: true),
                        Sample("short", false, tg: 10),
                        Sample("short", false, tg: 14),
                        Sample("short", false, tg: 12),
                        Sample("short", true, tg: 9) with { ReasoningTokens = 40 },
                        Sample("short", true, tg: 0) with { Error = "HTTP 500" },
                    ],
                },
            ],
        };

        var rows = RunSummary.Rows(run);

        Assert.Equal(2, rows.Count);
        var off = rows.Single(r => r.Thinking == false);
        Assert.Equal((3, 0, 12.0), (off.Samples, off.Failures, off.GenerationTokensPerSecond!.Value));
        var on = rows.Single(r => r.Thinking == true);
        Assert.Equal((1, 1, 40.0), (on.Samples, on.Failures, on.ReasoningTokens!.Value));
    }

    private static Sample Sample(string prompt, bool thinking, double tg, bool warmup = false) => new()
    {
        Prompt = prompt,
        Thinking = thinking,
        Repeat = 0,
        Warmup = warmup,
        GenerationTokensPerSecond = tg,
        PromptTokensPerSecond = tg * 10,
    };
}
