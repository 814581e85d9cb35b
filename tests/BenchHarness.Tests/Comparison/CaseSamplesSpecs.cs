using BenchHarness.Comparison;
using BenchHarness.Results;

namespace BenchHarness.Tests.Comparison;

public sealed class CaseSamplesSpecs
{
    [Fact]
    public void Samples_of_several_runs_group_by_scenario_variant_prompt_thinking_and_machine()
    {
        var host = new HostInfo { Hostname = "a", CpuModel = "EPYC", Cores = 16, MemoryMib = 131072 };
        var otherHost = host with { Hostname = "b", Cores = 32 };
        var runs = new[] { Run("r1", host), Run("r2", host with { Hostname = "renamed" }), Run("r3", otherHost) };

        var cases = CaseSamples.FromRuns(runs);

        var onHost = new CaseKey("sweep", "q4", "short", true, host.Fingerprint);
        Assert.Equal(4, cases[onHost].Count);
        Assert.Equal(4, cases[onHost with { Thinking = false }].Count);
        Assert.Equal(2, cases[onHost with { Machine = otherHost.Fingerprint }].Count);
        Assert.Equal(4, cases.Count);
    }

    private static RunResult Run(string id, HostInfo host) => new()
    {
        RunId = id,
        Scenario = "sweep",
        ScenarioHash = "h",
        HarnessVersion = "0.1.0",
        StartedAt = DateTimeOffset.UnixEpoch,
        Host = host,
        Variants =
        [
            new VariantResult
            {
                Name = "q4",
                Launch = new LaunchRecord { Engine = "binary", ServerArgs = [] },
                Samples =
                [
                    new Sample { Prompt = "short", Thinking = true, Repeat = 0 },
                    new Sample { Prompt = "short", Thinking = true, Repeat = 1 },
                    new Sample { Prompt = "short", Thinking = false, Repeat = 0 },
                    new Sample { Prompt = "short", Thinking = false, Repeat = 1 },
                ],
            },
        ],
    };
}
