using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Sweeps;

/// <summary>
/// One real <c>bench run</c> of a co-resident layout, shared by a spec class: an orchestrator variant and a worker
/// companion with two load lanes, each measured alone and while the other serves a long streamed load.
/// </summary>
public sealed class CoResidentFixture : IAsyncLifetime
{
    private readonly string _folder = TestAssets.TempFolder("bench-coresident");

    public RunResult Run { get; private set; } = null!;
    public int ExitCode { get; private set; }
    public string Error { get; private set; } = "";
    public string RunFolder { get; private set; } = "";

    public VariantResult Variant(string name) => Run.Variants.Single(v => v.Name == name);

    public string Log(string variant) => File.ReadAllText(Path.Combine(RunFolder, Variant(variant).LogFile!));

    public async Task InitializeAsync()
    {
        var run = await ScenarioRun.RunAsync(_folder, "layout", $$"""
            name: layout
            server:
              engine: process
              binary: {{TestAssets.LlamaServer}}
              model: {{TestAssets.Model}}
              port: auto
              startup_timeout: 2m
              args: [-c, 4096, -t, 1]
            variants:
              - name: orchestrator
            load:
              prompt: {name: essay, max_tokens: 1500, messages: [{role: user, content: Write a long essay.}]}
            companions:
              - name: worker
                description: a coding worker with two slots
                server: {args: [-c, 8192, -t, 1]}
                load:
                  prompt: {name: essay, max_tokens: 1500, messages: [{role: user, content: Write a long essay.}]}
                  concurrency: 2
            prompts:
              - name: short
                max_tokens: 16
                messages: [{role: user, content: Count from one to ten.}]
            sampling: {temperature: 0.0, seed: 42, ignore_eos: true}
            repeats: 2
            warmup: 1
            stream: true
            """);
        (ExitCode, Error, Run, RunFolder) = (run.ExitCode, run.Error, run.Run, run.RunFolder);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
