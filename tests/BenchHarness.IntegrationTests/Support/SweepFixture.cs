using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// One real sweep shared by a spec class: a bad model path and a bad argument first (they must fail without
/// stopping the sweep), then a <c>--cpu-moe</c> variant and an <c>-ot</c> placement variant with a
/// chat template that reacts to thinking and debug logging (startup buffers), with thinking off and on, a warm-up and two repeats.
/// </summary>
public sealed class SweepFixture : IAsyncLifetime
{
    public string ResultsRoot { get; } = TestAssets.TempFolder("bench-sweep");
    public RunResult Run { get; private set; } = null!;
    public ScenarioPlan Plan { get; private set; } = null!;

    public string RunFolder => Path.Combine(ResultsRoot, Run.RunId);

    /// <summary>A chat template that adds text when <c>enable_thinking</c> is true, so the prompt's size shows what the server received.</summary>
    public const string ThinkingTemplate =
        "{% for message in messages %}{{ message['role'] }}: {{ message['content'] }}\n{% endfor %}" +
        "{% if add_generation_prompt %}assistant:{% if enable_thinking is defined and enable_thinking %} <think>{% endif %}{% endif %}";

    public async Task InitializeAsync()
    {
        var template = Path.Combine(ResultsRoot, "thinking.jinja");
        await File.WriteAllTextAsync(template, ThinkingTemplate);
        var badModel = TestPlans.Variant("bad-model");
        badModel = badModel with { Launch = badModel.Launch with { ServerArgs = TestPlans.BaseArgs("/nonexistent/model.gguf", badModel.Launch.HostPort) } };
        VariantPlan[] variants =
        [
            badModel,
            TestPlans.Variant("bad-argument", "--no-such-flag"),
            TestPlans.Variant("cpu-moe", "--cpu-moe"),
            TestPlans.Variant("ot-placement", "-ot", @"blk\.[0-3]\.ffn_(gate|up|down)_exps=CPU", "--chat-template-file", template, "-lv", "4"),
        ];
        var cases = variants.SelectMany(v => new[]
        {
            TestPlans.Case(v.Name, "weather", false, 0, warmup: true),
            TestPlans.Case(v.Name, "weather", false, 0),
            TestPlans.Case(v.Name, "weather", false, 1),
            TestPlans.Case(v.Name, "weather", true, 0),
            TestPlans.Case(v.Name, "weather", true, 1),
            TestPlans.Case(v.Name, "weather", null, 0, stream: false),
        });
        Plan = TestPlans.Plan("sweep", variants, cases);
        Run = await new RunPipeline(new RunOptions { ResultsRoot = ResultsRoot }).RunAsync(Plan, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(ResultsRoot, recursive: true);
        return Task.CompletedTask;
    }

    public VariantResult Variant(string name) => Run.Variants.Single(v => v.Name == name);
}
