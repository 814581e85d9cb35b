using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Sweeps;

/// <summary>
/// One real <c>bench run</c> over the sweep dimensions, shared by a spec class: thinking off and on, context depth
/// 0 and 1,024 tokens, concurrency 1 and 2 (the server gets <c>--parallel 2</c> from the scenario), two repeats,
/// streamed so that reasoning and content tokens are counted apart.
/// </summary>
public sealed class DimensionsSweepFixture : IAsyncLifetime
{
    public const int Depth = 1024;

    private readonly string _folder = TestAssets.TempFolder("bench-dimensions");

    public RunResult Run { get; private set; } = null!;
    public int ExitCode { get; private set; }
    public string Error { get; private set; } = "";
    public VariantResult Variant => Run.Variants.Single();
    public string ServerLog { get; private set; } = "";

    public IEnumerable<Sample> Measured => Variant.Samples.Where(s => !s.Warmup);

    public async Task InitializeAsync()
    {
        var run = await ScenarioRun.RunAsync(_folder, "dimensions", $$"""
            name: dimensions
            server:
              engine: process
              binary: {{TestAssets.LlamaServer}}
              model: {{TestAssets.Model}}
              port: auto
              startup_timeout: 2m
              args: [-c, 4096, -t, 1]
            prompts:
              - name: short
                max_tokens: 16
                messages: [{role: user, content: Count from one to ten.}]
            sampling: {temperature: 0.0, seed: 42}
            thinking: [false, true]
            depths: [0, {{Depth}}]
            concurrency: [1, 2]
            repeats: 2
            warmup: 1
            stream: true
            """);
        (ExitCode, Error, Run) = (run.ExitCode, run.Error, run.Run);
        ServerLog = await File.ReadAllTextAsync(Path.Combine(run.RunFolder, Variant.LogFile!));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
