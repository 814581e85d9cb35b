using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// One real run shared by a spec class: a server started with <c>--metrics</c> and one without, each sent a warm-up,
/// two streamed repeats and a non-streamed request.
/// </summary>
public sealed class MetricsRunFixture : IAsyncLifetime
{
    public const string WithMetrics = "metrics";
    public const string WithoutMetrics = "plain";

    public string ResultsRoot { get; } = TestAssets.TempFolder("bench-metrics");
    public RunResult Run { get; private set; } = null!;
    public ScenarioPlan Plan { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        VariantPlan[] variants = [TestPlans.Variant(WithMetrics, "--metrics"), TestPlans.Variant(WithoutMetrics)];
        var cases = variants.SelectMany(v => new[]
        {
            TestPlans.Case(v.Name, "weather", false, 0, warmup: true),
            TestPlans.Case(v.Name, "weather", false, 0),
            TestPlans.Case(v.Name, "weather", false, 1),
            TestPlans.Case(v.Name, "weather", null, 0, stream: false, maxTokens: 48),
        });
        Plan = TestPlans.Plan("metrics", variants, cases);
        Run = await new RunPipeline(new RunOptions { ResultsRoot = ResultsRoot }).RunAsync(Plan, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(ResultsRoot, recursive: true);
        return Task.CompletedTask;
    }

    public VariantResult Variant(string name) => Run.Variants.Single(v => v.Name == name);
}
