using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Scenarios;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// <c>bench run</c> checks memory before starting a server: a variant predicted over its budget is recorded as
/// failed with the reason and never started, unless told to try anyway; a started one carries its placement check.
/// </summary>
public sealed class MemoryGateSpecs : IDisposable
{
    private readonly string folder = TestAssets.TempFolder("memory-gate");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_variant_predicted_over_its_budget_is_skipped_as_failed_and_try_anyway_starts_it()
    {
        var plan = ScenarioLoader.Load(WriteScenario(), []);

        var skipped = (await RunAsync(plan, tryAnyway: false)).Variants.Single();
        var started = (await RunAsync(plan, tryAnyway: true)).Variants.Single();

        Assert.Equal(VariantStatus.Failed, skipped.Status);
        Assert.StartsWith("predicted not to fit: CPU needs", skipped.Failure);
        Assert.Contains("over by", skipped.Failure);
        Assert.Null(skipped.LoadMs);
        Assert.True(started.Status == VariantStatus.Completed, started.Failure);
        Assert.NotNull(started.PlacementCheck);
        Assert.False(started.PlacementCheck!.Differs, string.Join("; ", started.PlacementCheck.Reasons));
    }

    private Task<RunResult> RunAsync(Planning.ScenarioPlan plan, bool tryAnyway) =>
        new RunPipeline(new RunOptions { ResultsRoot = Path.Combine(folder, tryAnyway ? "anyway" : "gated"), TryAnyway = tryAnyway })
            .RunAsync(plan, CancellationToken.None);

    private string WriteScenario()
    {
        var path = Path.Combine(folder, "gate.yaml");
        File.WriteAllText(path, $$"""
            name: memory-gate
            server:
              engine: process
              binary: '{{TestAssets.LlamaServer}}'
              model: '{{TestAssets.Model}}'
              port: auto
              args: [-c, 1024, -np, 1, -t, 1, -fit, 'off']
            budgets: {CPU: 8}
            variants:
              - name: cpu-only
            prompts:
              - name: short
                messages: [{role: user, content: Say hi.}]
                max_tokens: 4
            repeats: 1
            warmup: 0
            """);
        return path;
    }
}
