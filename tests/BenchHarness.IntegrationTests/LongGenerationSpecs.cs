using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests;

public sealed class LongGenerationSpecs : IDisposable
{
    private const int Streams = 5;
    private readonly string _results = TestAssets.TempFolder("bench-long");

    /// <summary>
    /// The harness reads the stream as it comes; its own clock must agree with the server's TG. A heavier model
    /// (about 400 t/s here) keeps each generation long, and the median of five streams' ratios is compared, so one
    /// scheduler stall of the client on this shared 2-core machine (which halves one stream's client figure, not
    /// the server's) cannot decide the result, while a harness that misreads the stream moves every ratio.
    /// </summary>
    [Fact]
    public async Task The_median_client_side_tg_of_five_300_token_streams_is_within_5_percent_of_the_servers()
    {
        var model = await Comparison.AcceptanceScenario.SynthesizeModelAsync(_results);
        var variant = new Planning.VariantPlan("long", null, TestPlans.TimingLaunch(TestAssets.FreePort(), model));
        var plan = TestPlans.Plan("long", [variant],
        [
            TestPlans.Case("long", "story", null, 0, warmup: true, maxTokens: 16),
            .. Enumerable.Range(1, Streams).Select(repeat => TestPlans.Case("long", "story", null, repeat, maxTokens: 300, ignoreEos: true)),
        ]);

        var run = await new RunPipeline(new RunOptions { ResultsRoot = _results }).RunAsync(plan, CancellationToken.None);

        var samples = run.Variants.Single().Samples.Where(s => !s.Warmup).ToArray();
        Assert.Equal(Streams, samples.Length);
        Assert.All(samples, sample =>
        {
            Assert.Equal(300, sample.GeneratedTokens);
            // The synthesized template supports thinking and the server turns it on when the request does not say:
            // every token is counted, as reasoning or as content.
            Assert.Equal(300, sample.ReasoningTokens + sample.ContentTokens);
        });
        var ratios = samples.Select(s => s.ClientTokensPerSecond!.Value / s.ServerGenerationTokensPerSecond!.Value).Order().ToArray();
        Assert.InRange(ratios[Streams / 2], 0.95, 1.05);
        Assert.Equal(VariantStatus.Completed, run.Variants.Single().Status);
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);
}
