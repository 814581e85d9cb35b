using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests;

public sealed class LongGenerationSpecs : IDisposable
{
    private readonly string _results = TestAssets.TempFolder("bench-long");

    /// <summary>
    /// The harness reads the stream as it comes; its own clock must agree with the server's TG. A heavier model
    /// (about 400 t/s here) keeps the generation long enough that one scheduler hiccup does not decide the figure.
    /// </summary>
    [Fact]
    public async Task Client_side_tg_of_a_300_token_stream_is_within_5_percent_of_the_servers()
    {
        var model = await Comparison.AcceptanceScenario.SynthesizeModelAsync(_results);
        var variant = new Planning.VariantPlan("long", null, TestPlans.TimingLaunch(TestAssets.FreePort(), model));
        var plan = TestPlans.Plan("long", [variant],
        [
            TestPlans.Case("long", "story", null, 0, warmup: true, maxTokens: 16),
            TestPlans.Case("long", "story", null, 0, maxTokens: 300, ignoreEos: true),
        ]);

        var run = await new RunPipeline(new RunOptions { ResultsRoot = _results }).RunAsync(plan, CancellationToken.None);

        var sample = run.Variants.Single().Samples.Single(s => !s.Warmup);
        Assert.Equal(300, sample.GeneratedTokens);
        // The synthesized template supports thinking and the server turns it on when the request does not say:
        // every token is counted, as reasoning or as content.
        Assert.Equal(300, sample.ReasoningTokens + sample.ContentTokens);
        var ratio = sample.ClientTokensPerSecond!.Value / sample.ServerGenerationTokensPerSecond!.Value;
        Assert.InRange(ratio, 0.95, 1.05);
        Assert.Equal(VariantStatus.Completed, run.Variants.Single().Status);
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);
}
